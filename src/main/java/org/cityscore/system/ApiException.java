package org.cityscore.system;

import java.util.List;
import org.cityscore.text.Message;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A failed request that the client can act on: the status, and which field is wrong and why. Every feature's
 * refusals extend it, so that {@link ApiErrorHandler} answers them all in one format, on every controller. Its text
 * is a {@link Message}: resolved in English (the API's language) for the API, in the reader's language on pages
 * ({@code messages.in(e.text(), locale)}) and for the pages' own JSON requests.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<ApiError> errors;
    private final transient Message text;

    /** Errors already said in English, such as a list of import problems; {@link #text()} is null. */
    public ApiException(HttpStatus status, List<ApiError> errors) {
        super(errors.isEmpty() ? status.getReasonPhrase() : errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
        this.text = null;
    }

    /** A refusal of one field (or none: null) with its text. */
    public ApiException(HttpStatus status, String field, Message text) {
        super(text.toString());
        this.status = status;
        this.errors = List.of(new ApiError(field, text.toString()));
        this.text = text;
    }

    public static ApiException notFound(String field, Message text) {
        return new ApiException(HttpStatus.NOT_FOUND, field, text);
    }

    public HttpStatus status() {
        return status;
    }

    /** The errors as made; for a refusal with a {@link #text()}, resolve that instead of reading their message. */
    public List<ApiError> errors() {
        return errors;
    }

    /** The field of the first error, or null. */
    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }

    /** The refusal's text, or null for one made from already resolved errors. */
    public Message text() {
        return text;
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
