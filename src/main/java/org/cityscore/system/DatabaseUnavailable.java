package org.cityscore.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * The answer while the database cannot be used: 503 with Retry-After, the JSON error for {@code /api} requests and
 * the app's error page (in the reader's language) for pages.
 */
@Component
class DatabaseUnavailable {

    static final String MESSAGE = "Cityscore cannot reach its database just now (for example, its disk is full), so nothing "
            + "was saved. Try again in a minute; if this goes on, tell whoever runs Cityscore.";
    static final String RETRY_AFTER_SECONDS = "30";

    private final DatabaseFailures failures;
    private final JsonMapper json;

    DatabaseUnavailable(DatabaseFailures failures, JsonMapper json) {
        this.failures = failures;
        this.json = json;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        failures.report(failure);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (ErrorRequests.wantsJson(request)) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(ApiErrors.of(null, MESSAGE)));
        } else {
            request.setAttribute(ErrorPageController.SENTENCE, "error.unavailable");
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
