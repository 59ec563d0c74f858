package org.cityscore.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place where failed requests of every controller get their answer. API requests (and the pages' own JSON
 * requests) get {@code {"errors":[{"field","message"}]}} with a fitting status, always as JSON, whatever the client
 * accepts; pages get the app's error page through the error dispatch ({@link ErrorPageController}). Spring MVC's own
 * failures (405, 415, malformed JSON, missing or mistyped parameters, bean validation) come through
 * {@link ResponseEntityExceptionHandler}, in the words of {@link SpringMvcErrors}. Unexpected exceptions are left to
 * the error dispatch: logged once by the servlet container, then a 500 in the same format.
 */
@RestControllerAdvice
class ApiErrorHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);
    /** H2 names the column in "Value too long for column "CITY CHARACTER VARYING(200)"". */
    private static final Pattern COLUMN = Pattern.compile("column \"([A-Za-z_]+)", Pattern.CASE_INSENSITIVE);

    private final Messages messages;

    ApiErrorHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> refused(
            ApiException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        if (!ErrorRequests.wantsJson(request)) {
            return page(request, response, e.status(), e.text() == null ? null : messages.in(e.text(), locale));
        }
        // the pages' scripts show the message as it comes: in the reader's language; the API stays English
        Locale language = language(request, locale);
        List<ApiError> errors =
                e.text() == null ? e.errors() : List.of(new ApiError(e.field(), messages.in(e.text(), language)));
        return json(e.status(), e.headers(), e.body(errors));
    }

    /** A unique key lost a race (409), or a value the database refuses, such as one longer than its column (422). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(
            DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
        boolean badValue = !(e instanceof DuplicateKeyException) && state != null && state.startsWith("22");
        String reason = String.valueOf(e.getMostSpecificCause().getMessage());
        log.warn(
                "{} {} refused by the database: {}",
                request.getMethod(),
                ErrorRequests.path(request),
                reason.length() > 300 ? reason.substring(0, 300) + "…" : reason);
        HttpStatus status = badValue ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
        if (!ErrorRequests.wantsJson(request)) {
            return page(request, response, status, null);
        }
        return json(
                status,
                new HttpHeaders(),
                badValue
                        ? errors(request, locale, column(e), Message.of("error.api.valueTooLarge"))
                        : errors(request, locale, null, Message.of("error.api.conflict")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpStatusCode answered =
                e instanceof MethodArgumentNotValidException || e instanceof HandlerMethodValidationException
                        ? HttpStatus.UNPROCESSABLE_CONTENT
                        : status;
        ServletWebRequest servlet = (ServletWebRequest) request;
        if (answered.is5xxServerError()) {
            log.error("{} failed", servlet.getRequest().getRequestURI(), e);
        }
        if (!ErrorRequests.wantsJson(servlet.getRequest())) {
            try {
                return page(servlet.getRequest(), servlet.getResponse(), answered, null);
            } catch (IOException closed) {
                return null;
            }
        }
        Locale language = language(servlet.getRequest(), RequestContextUtils.getLocale(servlet.getRequest()));
        return json(answered, headers, new ApiErrors(SpringMvcErrors.of(e, answered, messages, language)));
    }

    /** The language of a JSON error: English for the API, the reader's for the pages' own requests. */
    static Locale language(HttpServletRequest request, Locale locale) {
        return ErrorRequests.isApi(request) || locale == null ? Messages.API : locale;
    }

    private ApiErrors errors(HttpServletRequest request, Locale locale, String field, Message text) {
        return ApiErrors.of(field, messages.in(text, language(request, locale)));
    }

    private static ResponseEntity<Object> json(HttpStatusCode status, HttpHeaders headers, Object body) {
        // explicit: a client that asked for a PDF or a workbook still gets the error, as JSON
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** The error dispatch renders the page; a refusal that has a sentence in the reader's language shows it too. */
    private static ResponseEntity<Object> page(
            HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail)
            throws IOException {
        if (detail != null) {
            request.setAttribute(ErrorPageController.DETAIL, detail);
        }
        if (!response.isCommitted()) {
            response.sendError(status.value());
        }
        return null;
    }

    private static String column(DataIntegrityViolationException e) {
        Matcher column = COLUMN.matcher(String.valueOf(e.getMostSpecificCause().getMessage()));
        return column.find() ? column.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** A request that is not multipart/form-data reaching an upload; too large has its own case. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> notMultipart(
            MultipartException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        if (!ErrorRequests.wantsJson(request)) {
            return page(request, response, HttpStatus.BAD_REQUEST, null);
        }
        return json(
                HttpStatus.BAD_REQUEST,
                new HttpHeaders(),
                errors(request, locale, "file", Message.of("error.api.notMultipart", "file")));
    }
}
