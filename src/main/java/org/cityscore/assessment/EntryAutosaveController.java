package org.cityscore.assessment;

import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Save-on-change for the entry page. It lives beside the page, under the page's session and CSRF protection,
 * because the JSON API is stateless and takes no session cookie.
 */
@RestController
class EntryAutosaveController {

    private final AssessmentService service;

    EntryAutosaveController(AssessmentService service) {
        this.service = service;
    }

    @PutMapping(path = "/assessments/{id}/responses/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Response save(
            @PathVariable long id,
            @PathVariable String code,
            @RequestBody AssessmentApiController.ResponseRequest request,
            Principal principal) {
        return service.respond(id, code, request.toValue(), request.version(), Author.of(principal, request.author()));
    }
}
