package org.cityscore.assessment;

import org.cityscore.system.ApiError;
import org.cityscore.system.ApiErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The statuses of the assessment API: 404 unknown, 422 not allowed, 409 stale version with the current value. */
@RestControllerAdvice(assignableTypes = {AssessmentApiController.class, EntryAutosaveController.class})
class AssessmentApiErrors {

    @ExceptionHandler(AssessmentNotFoundException.class)
    ResponseEntity<ApiErrors> notFound(AssessmentNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrors.of("id", e.getMessage()));
    }

    @ExceptionHandler(AssessmentRejectedException.class)
    ResponseEntity<ApiErrors> rejected(AssessmentRejectedException e) {
        return ResponseEntity.unprocessableContent().body(ApiErrors.of(e.field(), e.getMessage()));
    }

    @ExceptionHandler(StaleResponseException.class)
    ResponseEntity<Map<String, Object>> stale(StaleResponseException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(new ApiError("version", e.getMessage())));
        body.put("current", e.current());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
}
