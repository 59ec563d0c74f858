package org.cityscore.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.cityscore.text.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@link HeavyWork.Busy} as 503 with Retry-After: the JSON error shape under /api, the error page in the
 * reader's language elsewhere. First in line, so that no catch-all handler turns it into a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HeavyWorkErrors {

    private final Messages messages;

    HeavyWorkErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HeavyWork.Busy.class)
    Object busy(HeavyWork.Busy e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String retryAfter = String.valueOf(e.retryAfterSeconds());
        if (ErrorRequests.wantsJson(request)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, retryAfter)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(ApiErrors.of(null, messages.in(e.text(), ApiErrorHandler.language(request, locale))));
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        return new ModelAndView(
                "error",
                Map.of(
                        "status",
                        HttpStatus.SERVICE_UNAVAILABLE.value(),
                        "sentence",
                        ErrorPageController.sentence(HttpStatus.SERVICE_UNAVAILABLE),
                        "detail",
                        messages.in(e.text(), locale)),
                HttpStatus.SERVICE_UNAVAILABLE);
    }
}
