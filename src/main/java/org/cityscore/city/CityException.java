package org.cityscore.city;

import org.cityscore.system.ApiException;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;

/** A city request that cannot be done: no such city (404), a name another city has (409), a bound or rule broken (422). */
public class CityException extends ApiException {

    CityException(HttpStatus status, String field, Message message) {
        super(status, field, message);
    }

    static CityException notFound(String field, long id) {
        return new CityException(HttpStatus.NOT_FOUND, field, Message.of("city.error.notFound", id));
    }

    static CityException rejected(String field, Message message) {
        return new CityException(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
    }

    static CityException taken(String field, String text, City owner) {
        return new CityException(
                HttpStatus.CONFLICT, field, Message.of("city.error.taken", text, owner.name(), owner.id()));
    }

    static CityException takenElsewhere(String field, String text) {
        return new CityException(HttpStatus.CONFLICT, field, Message.of("city.error.takenElsewhere", text));
    }
}
