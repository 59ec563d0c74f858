package org.cityscore.system;

import org.cityscore.text.Message;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Locale;

/**
 * A failed request that the client can act on: the status, and which field is wrong and why. Every feature's
 * refusals extend it, so that {@link ApiErrorHandler} answers them all in one format, on every controller. The
 * message is English (the API's language); a message key and its arguments, when set, let the pages' own JSON
 * requests say it in the reader's language.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<ApiError> errors;
    private final String key;
    private final List<String> args;

    public ApiException(HttpStatus status, List<ApiError> errors) {
        super(errors.isEmpty() ? status.getReasonPhrase() : errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
        this.key = null;
        this.args = List.of();
    }

    public ApiException(HttpStatus status, String field, String message) {
        this(status, field, message, null, List.of());
    }

    public ApiException(HttpStatus status, String field, String message, String key, List<String> args) {
        super(message);
        this.status = status;
        this.errors = List.of(new ApiError(field, message));
        this.key = key;
        this.args = List.copyOf(args);
    }

    /** A refusal whose text is a {@link Message}: English in the API, the reader's language on pages. */
    public ApiException(HttpStatus status, String field, Message message) {
        this(status, field, message.toString(), message.code(), message.args());
    }

    public static ApiException notFound(String field, String message) {
        return new ApiException(HttpStatus.NOT_FOUND, List.of(new ApiError(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<ApiError> errors() {
        return errors;
    }

    /** The field of the first error, or null. */
    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }

    /** The refusal's text as a {@link Message}, or null for one made from already resolved errors. */
    public Message text() {
        return key == null ? null : new Message(key, args);
    }

    /** The refusal in the reader's language when it has a key, else the English message. */
    public String message(MessageSource messages, Locale locale) {
        return key == null ? getMessage() : messages.getMessage(key, args.toArray(), getMessage(), locale);
    }

    /** Headers the answer carries beside the JSON body, such as Retry-After; none by default. */
    public HttpHeaders headers() {
        return new HttpHeaders();
    }

    /** The JSON body for these errors: {@code {"errors":[…]}}; a refusal with more to say adds fields beside it. */
    public Object body(List<ApiError> errors) {
        return new ApiErrors(errors);
    }
}
