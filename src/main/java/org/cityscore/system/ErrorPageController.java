package org.cityscore.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error dispatch, in place of Spring Boot's: whatever failed before or outside a controller (an unexpected
 * exception, Spring Security's firewall, a status a filter sent) ends here. API requests get the JSON errors, pages
 * the app's error page in the reader's language. Unexpected exceptions were logged already by the servlet container.
 */
@Controller
class ErrorPageController implements ErrorController {

    /** A request attribute: the refusal in the reader's language, shown on the page below the status's sentence. */
    static final String DETAIL = ErrorPageController.class.getName() + ".detail";
    /** A request attribute: the message key of a sentence more precise than the status's own. */
    static final String SENTENCE = ErrorPageController.class.getName() + ".sentence";

    private final MessageSource messages;

    ErrorPageController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (ErrorRequests.wantsJson(request)) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(ApiErrors.of(null, messages.getMessage(sentence(status), null, Locale.ENGLISH)));
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        Object precise = request.getAttribute(SENTENCE);
        page.addObject("sentence", precise != null ? precise : sentence(status));
        page.addObject("detail", request.getAttribute(DETAIL));
        return page;
    }

    /** Opened as an address of its own, /error is a page that does not exist. */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
    }

    /** The message key of the sentence that says what went wrong and what to do, one per kind of failure. */
    static String sentence(HttpStatus status) {
        return switch (status.value()) {
            case 401, 403 -> "error.forbidden";
            case 404, 410 -> "error.notFound";
            case 405, 409, 413, 422, 503 -> "error.status." + status.value();
            default -> status.is5xxServerError() ? "error.status.500" : "error.status.400";
        };
    }
}
