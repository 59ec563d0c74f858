package org.cityscore.assessment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.cityscore.scoring.WholeLevel;
import org.cityscore.system.TextLimit;
import org.cityscore.text.ApiLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The assessments as JSON: create, list, answer indicators with optimistic locking, results, history. */
@RestController
@RequestMapping("/api/assessments")
class AssessmentApiController {

    private final AssessmentService service;
    private final AgreedRationales rationales;

    AssessmentApiController(AssessmentService service, AgreedRationales rationales) {
        this.service = service;
        this.rationales = rationales;
    }

    /** A stored response with the reason a workshop gave when it agreed its level (null when none did). */
    record ResponseView(@JsonUnwrapped Response response, String agreedRationale) {}

    record CreateRequest(
            @NotBlank(message = "{assessment.scorecardId.required}")
            String scorecardId,

            @NotBlank(message = "{form.city.required}") @Size(max = TextLimit.Max.CITY, message = TextLimit.TOO_LONG)
            String city,

            @Size(max = TextLimit.Max.COUNTRY, message = TextLimit.TOO_LONG)
            String country,

            @NotNull(message = "{form.year.required}")
            @Min(value = AssessmentService.FIRST_YEAR, message = "{form.year.range}")
            @Max(value = AssessmentService.LAST_YEAR, message = "{form.year.range}")
            Integer year,

            @Size(max = TextLimit.Max.TITLE, message = TextLimit.TOO_LONG)
            String title,

            @Size(max = TextLimit.Max.NOTES, message = TextLimit.TOO_LONG)
            String notes) {}

    /** Fields left out stay as they are; an empty country, title or notes removes it. */
    record CorrectionRequest(
            @Size(max = TextLimit.Max.CITY, message = TextLimit.TOO_LONG)
            String city,

            @Size(max = TextLimit.Max.COUNTRY, message = TextLimit.TOO_LONG)
            String country,

            @Min(value = AssessmentService.FIRST_YEAR, message = "{form.year.range}")
            @Max(value = AssessmentService.LAST_YEAR, message = "{form.year.range}")
            Integer year,

            @Size(max = TextLimit.Max.TITLE, message = TextLimit.TOO_LONG)
            String title,

            @Size(max = TextLimit.Max.NOTES, message = TextLimit.TOO_LONG)
            String notes) {}

    record ReopenRequest(
            @Size(max = TextLimit.Max.REASON, message = TextLimit.TOO_LONG)
            String reason) {}

    record ResponseRequest(
            // a number, so that 2.9 is refused by name instead of cut to 2 or refused as unreadable JSON
            BigDecimal level,
            BigDecimal value,
            Boolean notApplicable,

            @Size(max = TextLimit.Max.COMMENT, message = TextLimit.TOO_LONG)
            String comment,

            @Size(max = TextLimit.Max.EVIDENCE, message = TextLimit.TOO_LONG)
            String evidence,

            @Size(max = TextLimit.Max.ACTION, message = TextLimit.TOO_LONG)
            String action,

            @Size(max = TextLimit.Max.RESPONSIBLE, message = TextLimit.TOO_LONG)
            String responsible,

            @Size(max = TextLimit.Max.TIMESCALE, message = TextLimit.TOO_LONG)
            String timescale,

            Integer version,

            @Size(max = TextLimit.Max.AUTHOR, message = TextLimit.TOO_LONG)
            String author) {

        ResponseValue toValue() {
            try {
                return new ResponseValue(
                        WholeLevel.of(level),
                        value,
                        Boolean.TRUE.equals(notApplicable),
                        comment,
                        evidence,
                        action,
                        responsible,
                        timescale);
            } catch (WholeLevel.NotWhole e) {
                throw new AssessmentRejectedException("level", e.text());
            }
        }
    }

    @PostMapping
    ResponseEntity<Assessment> create(@Valid @RequestBody CreateRequest request, UriComponentsBuilder uri) {
        Assessment created = service.create(
                new AssessmentService.NewAssessment(
                        request.scorecardId(),
                        request.city(),
                        request.country(),
                        request.year(),
                        request.title(),
                        request.notes()),
                false);
        return ResponseEntity.created(uri.path("/api/assessments/{id}").build(created.id()))
                .body(created);
    }

    @GetMapping
    List<Assessment> list(
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String scorecardId,
            @RequestParam(required = false) Integer year) {
        return service.list(city, scorecardId, year);
    }

    @GetMapping("/{id}")
    Assessment assessment(@PathVariable long id) {
        return service.find(id);
    }

    @PatchMapping("/{id}")
    Assessment correct(@PathVariable long id, @Valid @RequestBody CorrectionRequest request, Principal trainer) {
        return service.correct(
                id,
                new AssessmentService.Details(
                        request.city(), request.country(), request.year(), request.title(), request.notes()),
                trainer.getName());
    }

    /** What happened to the assessment itself: finalized, reopened (why), corrected (old and new), newest first. */
    @GetMapping("/{id}/changes")
    List<AssessmentChange> changes(@PathVariable long id) {
        return service.changes(id);
    }

    @GetMapping("/{id}/responses")
    List<ResponseView> responses(@PathVariable long id) {
        List<Response> responses = service.scored(id).responses();
        Map<String, String> agreed = rationales.of(id);
        return responses.stream()
                .map(response -> new ResponseView(response, agreed.get(response.indicatorCode())))
                .toList();
    }

    @PutMapping("/{id}/responses/{indicatorCode}")
    Response respond(
            @PathVariable long id,
            @PathVariable String indicatorCode,
            @Valid @RequestBody ResponseRequest request,
            Principal principal) {
        return service.respond(
                id, indicatorCode, request.toValue(), request.version(), Author.of(principal, request.author()));
    }

    @GetMapping("/{id}/responses/{indicatorCode}/history")
    List<ResponseChange> history(@PathVariable long id, @PathVariable String indicatorCode) {
        return service.history(id, indicatorCode);
    }

    @GetMapping("/{id}/results")
    ResultsView results(@PathVariable long id, ApiLanguage language) {
        ScoredAssessment scored = service.scored(id);
        return ResultsView.of(scored, language.asked(), rationales.of(id));
    }

    @PostMapping("/{id}/finalize")
    Assessment finalizeAssessment(@PathVariable long id, Principal trainer) {
        return service.finalizeAssessment(id, trainer.getName());
    }

    @PostMapping("/{id}/reopen")
    Assessment reopen(@PathVariable long id, @Valid @RequestBody ReopenRequest request, Principal trainer) {
        return service.reopen(id, request.reason(), trainer.getName());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}
