package org.cityscore.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cityscore.system.ApiError;
import org.cityscore.system.ApiException;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;

/** A write carried an outdated version: someone else changed the response first (409). Carries the current one. */
public class StaleResponseException extends ApiException {

    private final transient Response current;

    public StaleResponseException(Response current) {
        super(HttpStatus.CONFLICT, "version", Message.of("assessment.stale"));
        this.current = current;
    }

    /** The response as it is stored now; null if it was deleted. */
    public Response current() {
        return current;
    }

    /** The errors and {@code current}, so that the client can show both answers. */
    @Override
    public Object body(List<ApiError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", errors);
        body.put("current", current);
        return body;
    }
}
