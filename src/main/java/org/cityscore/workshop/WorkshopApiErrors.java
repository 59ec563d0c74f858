package org.cityscore.workshop;

import org.cityscore.system.ApiErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

import java.util.Locale;

/**
 * Workshop failures as the API's JSON errors: in English for the API, in the participant's language for the save
 * requests of their own page, which shows the message as it comes.
 */
@RestControllerAdvice(assignableTypes = {WorkshopApiController.class, ParticipantAutosaveController.class})
class WorkshopApiErrors {

    private final MessageSource messages;

    WorkshopApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(WorkshopException.class)
    ResponseEntity<ApiErrors> workshop(WorkshopException e, HandlerMethod handler, Locale locale) {
        boolean page = ParticipantAutosaveController.class.isAssignableFrom(handler.getBeanType());
        return ResponseEntity.status(e.status()).body(ApiErrors.of(e.field(), page ? e.message(messages, locale) : e.getMessage()));
    }
}
