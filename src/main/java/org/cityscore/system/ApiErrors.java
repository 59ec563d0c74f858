package org.cityscore.system;

import java.util.List;

/** The JSON body of every API error: {@code {"errors":[{"field","message"}]}}. */
public record ApiErrors(List<ApiError> errors) {

    public static ApiErrors of(String field, String message) {
        return new ApiErrors(List.of(new ApiError(field, message)));
    }
}
