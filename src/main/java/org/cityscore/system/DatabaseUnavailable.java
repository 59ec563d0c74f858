package org.cityscore.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cityscore.text.Message;
import org.springframework.stereotype.Component;

/**
 * The answer while the database cannot be used: 503 with Retry-After, the JSON error for {@code /api} requests and
 * the app's error page (in the reader's language) for pages.
 */
@Component
class DatabaseUnavailable {

    static final Message MESSAGE = Message.of("error.unavailable");
    static final String RETRY_AFTER_SECONDS = "30";

    private final DatabaseFailures failures;
    private final ServiceUnavailable unavailable;

    DatabaseUnavailable(DatabaseFailures failures, ServiceUnavailable unavailable) {
        this.failures = failures;
        this.unavailable = unavailable;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        failures.report(failure);
        unavailable.answer(request, response, MESSAGE, RETRY_AFTER_SECONDS);
    }
}
