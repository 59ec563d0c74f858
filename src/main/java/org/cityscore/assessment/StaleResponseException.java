package org.cityscore.assessment;

/** A write carried an outdated version: someone else changed the response first. Carries the current one. */
public class StaleResponseException extends RuntimeException {

    private final transient Response current;

    public StaleResponseException(Response current) {
        super("The response was changed by someone else; reload it and apply your change again.");
        this.current = current;
    }

    /** The response as it is stored now; null if it was deleted. */
    public Response current() {
        return current;
    }
}
