package org.cityscore.system;

import org.springframework.http.HttpStatus;

import java.util.List;

/** A failed API request that the client can act on: the status, and which field is wrong and why. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<ApiError> errors;

    public ApiException(HttpStatus status, List<ApiError> errors) {
        super(errors.isEmpty() ? status.getReasonPhrase() : errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
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
}
