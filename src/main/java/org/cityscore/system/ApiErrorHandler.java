package org.cityscore.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns failures of {@code /api} requests into the JSON error shape, with a fitting status. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrorHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiErrors> apiException(ApiException e) {
        return ResponseEntity.status(e.status()).body(new ApiErrors(e.errors()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiErrors> invalid(MethodArgumentNotValidException e) {
        return ResponseEntity.badRequest().body(new ApiErrors(e.getBindingResult().getFieldErrors().stream()
                .map(error -> new ApiError(error.getField(), error.getDefaultMessage()))
                .toList()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(ApiErrors.of(null,
                "The request body is not valid JSON of the expected shape: check field names, numbers and quotes."));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiErrors> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(ApiErrors.of(e.getParameterName(),
                "The parameter '" + e.getParameterName() + "' is required."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiErrors> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(ApiErrors.of(e.getName(),
                "'" + e.getValue() + "' is not a valid value for " + e.getName() + "."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiErrors> noResource(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrors.of(null, "There is nothing at /" + e.getResourcePath() + "."));
    }
}
