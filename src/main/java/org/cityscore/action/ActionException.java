package org.cityscore.action;

import org.cityscore.system.ApiException;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;

/** An action request that cannot be done: no such action (404) or a field out of bounds (422). */
class ActionException extends ApiException {

    ActionException(HttpStatus status, String field, Message message) {
        super(status, field, message);
    }

    static ActionException notFound(long id) {
        return new ActionException(HttpStatus.NOT_FOUND, "id", Message.of("action.error.notFound", id));
    }

    static ActionException rejected(String field, Message message) {
        return new ActionException(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
    }
}
