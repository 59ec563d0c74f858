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
 * A 503 with Retry-After written outside Spring MVC (from a filter or a failure handler): the JSON error for
 * {@code /api} requests and the app's error page, in the reader's language, for pages.
 */
@Component
class ServiceUnavailable {

    private final JsonMapper json;
    private final Messages messages;
    private final LocaleResolver locales;

    ServiceUnavailable(JsonMapper json, Messages messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, Message message, String retryAfterSeconds)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        if (ErrorRequests.wantsJson(request)) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(json.writeValueAsString(ApiErrors.of(
                            null,
                            messages.in(message, ApiErrorHandler.language(request, locales.resolveLocale(request))))));
        } else {
            request.setAttribute(ErrorPageController.SENTENCE, message.code());
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
