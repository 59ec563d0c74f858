package org.cityscore.workshop;

import org.cityscore.system.ApiException;
import org.cityscore.system.TextLimit;
import org.springframework.http.HttpStatus;

import java.util.Arrays;
import java.util.List;

/**
 * A workshop request that cannot be done: unknown (404), not allowed (403) or not valid (422). The message is
 * English (the API's language); refusals a participant or trainer meets on the pages also carry a message key and
 * its arguments, so the pages say them in the reader's language.
 */
public class WorkshopException extends ApiException {

    WorkshopException(HttpStatus status, String field, String message) {
        this(status, field, message, null, List.of());
    }

    private WorkshopException(HttpStatus status, String field, String message, String key, List<String> args) {
        super(status, field, message, key, args);
    }

    /** The same refusal, with the message key (in messages*.properties) and arguments for the pages. */
    WorkshopException withKey(String key, Object... args) {
        return withKey(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    WorkshopException withKey(String key, List<String> args) {
        return new WorkshopException(status(), field(), getMessage(), key, args);
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

    /** A text over its limit, as a 422 naming the field. */
    static WorkshopException tooLong(TextLimit.TooLong tooLong) {
        return invalid(tooLong.field(), tooLong.message()).withKey(tooLong.key(), tooLong.args());
    }

    /** Throws {@link #tooLong} when the text is over the limit. */
    static void check(TextLimit limit, String text) {
        limit.check(text).ifPresent(tooLong -> {
            throw tooLong(tooLong);
        });
    }
}
