package org.cityscore.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer while the database cannot be used: 503 with Retry-After, the JSON error for {@code /api} requests and
 * the app's error page (in the reader's language) for pages.
 */
@Component
class DatabaseUnavailable {

    static final Message MESSAGE = Message.of("error.unavailable");
    static final String RETRY_AFTER_SECONDS = "30";

    private final DatabaseFailures failures;
    private final JsonMapper json;
    private final Messages messages;
    private final LocaleResolver locales;

    DatabaseUnavailable(DatabaseFailures failures, JsonMapper json, Messages messages, LocaleResolver locales) {
        this.failures = failures;
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        failures.report(failure);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (ErrorRequests.wantsJson(request)) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(json.writeValueAsString(ApiErrors.of(
                            null,
                            messages.in(MESSAGE, ApiErrorHandler.language(request, locales.resolveLocale(request))))));
        } else {
            request.setAttribute(ErrorPageController.SENTENCE, MESSAGE.code());
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
