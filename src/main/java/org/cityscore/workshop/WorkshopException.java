package org.cityscore.workshop;

import org.cityscore.system.ApiException;
import org.cityscore.system.TextLimit;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;

/**
 * A workshop request that cannot be done: unknown (404), not allowed (403) or not valid (422). Its text is a
 * {@link Message}: English in the API, the reader's language on the pages.
 */
public class WorkshopException extends ApiException {

    WorkshopException(HttpStatus status, String field, Message text) {
        super(status, field, text);
    }

    static WorkshopException notFound(long id) {
        return new WorkshopException(HttpStatus.NOT_FOUND, "workshopId", Message.of("workshop.notFound", id));
    }

    static WorkshopException forbidden(String code, Object... args) {
        return new WorkshopException(HttpStatus.FORBIDDEN, null, Message.of(code, args));
    }

    static WorkshopException invalid(String field, String code, Object... args) {
        return invalid(field, Message.of(code, args));
    }

    static WorkshopException invalid(String field, Message text) {
        return new WorkshopException(HttpStatus.UNPROCESSABLE_CONTENT, field, text);
    }

    /** A text over its limit, as a 422 naming the field. */
    static WorkshopException tooLong(TextLimit.TooLong tooLong) {
        return invalid(tooLong.field(), tooLong.text());
    }

    /** Throws {@link #tooLong} when the text is over the limit. */
    static void check(TextLimit limit, String text) {
        limit.check(text).ifPresent(tooLong -> {
            throw tooLong(tooLong);
        });
    }
}
