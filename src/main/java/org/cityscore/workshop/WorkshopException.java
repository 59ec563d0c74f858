package org.cityscore.workshop;

import org.springframework.http.HttpStatus;

/** A workshop request that cannot be done: unknown (404), not allowed (403) or not valid (422). */
public class WorkshopException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    WorkshopException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    static WorkshopException notFound(long id) {
        return new WorkshopException(HttpStatus.NOT_FOUND, "workshopId", "There is no workshop " + id + ".");
    }

    static WorkshopException forbidden(String message) {
        return new WorkshopException(HttpStatus.FORBIDDEN, null, message);
    }

    static WorkshopException invalid(String field, String message) {
        return new WorkshopException(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
