package org.cityscore.workshop;

import org.cityscore.system.ApiErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Workshop failures as the API's JSON errors. */
@RestControllerAdvice(assignableTypes = {WorkshopApiController.class, ParticipantAutosaveController.class})
class WorkshopApiErrors {

    @ExceptionHandler(WorkshopException.class)
    ResponseEntity<ApiErrors> workshop(WorkshopException e) {
        return ResponseEntity.status(e.status()).body(ApiErrors.of(e.field(), e.getMessage()));
    }
}
