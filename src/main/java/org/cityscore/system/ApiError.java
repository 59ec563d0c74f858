package org.cityscore.system;

/** One problem in an API request: the field it concerns (or null) and a message a person can act on. */
public record ApiError(String field, String message) {}
