package org.cityscore.workshop;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Save-on-change for the participant's page, under the page session and its CSRF token. */
@RestController
class ParticipantAutosaveController {

    private final WorkshopService service;

    ParticipantAutosaveController(WorkshopService service) {
        this.service = service;
    }

    @PutMapping(path = "/workshop/answers/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ParticipantAnswer save(
            @PathVariable String code,
            @RequestBody WorkshopApiController.AnswerRequest request,
            @AuthenticationPrincipal ParticipantPrincipal participant) {
        return service.answer(participant, participant.workshopId(), code, request.toValue());
    }
}
