package org.cityscore.workshop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.scoring.WholeLevel;
import org.cityscore.system.TextLimit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Workshops as JSON: trainers open, summarise, agree and close; participants join and answer with their token. */
@RestController
class WorkshopApiController {

    private final WorkshopService service;
    private final JoinCodeThrottle throttle;

    WorkshopApiController(WorkshopService service, JoinCodeThrottle throttle) {
        this.service = service;
        this.throttle = throttle;
    }

    record Opened(long workshopId, String joinCode, long assessmentId) {}

    record JoinRequest(
            @Size(max = TextLimit.Max.JOIN_CODE, message = TextLimit.TOO_LONG)
            String joinCode,

            @Size(max = TextLimit.Max.PARTICIPANT_NAME, message = TextLimit.TOO_LONG)
            String name,

            @Size(max = TextLimit.Max.DEPARTMENT, message = TextLimit.TOO_LONG)
            String department,

            Long groupId,
            Boolean anonymous,
            ProfileRequest profile) {}

    // codes are checked by the service, which names the field and the allowed codes
    record ProfileRequest(String gender, String ageBand, String sector) {
        ParticipantProfile toProfile() {
            return new ParticipantProfile(gender, ageBand, sector);
        }
    }

    record GroupRequest(
            @Size(max = TextLimit.Max.GROUP_NAME, message = TextLimit.TOO_LONG)
            String name,

            List<String> categories) {}

    record JoinedView(long participantId, String token, long workshopId, String name) {}

    // levels are numbers here, so that 2.9 is refused by name instead of cut to 2
    record AnswerRequest(
            BigDecimal level,
            BigDecimal value,
            Boolean notApplicable,

            @Size(max = TextLimit.Max.COMMENT, message = TextLimit.TOO_LONG)
            String comment,

            @Size(max = TextLimit.Max.EVIDENCE, message = TextLimit.TOO_LONG)
            String evidence) {
        ResponseValue toValue() {
            return new ResponseValue(
                    wholeLevel(level), value, Boolean.TRUE.equals(notApplicable), comment, evidence, null, null, null);
        }
    }

    record AgreeRequest(
            BigDecimal level,
            Boolean notApplicable,

            @Size(max = TextLimit.Max.RATIONALE, message = TextLimit.TOO_LONG)
            String rationale) {}

    private static Integer wholeLevel(BigDecimal level) {
        try {
            return WholeLevel.of(level);
        } catch (WholeLevel.NotWhole e) {
            throw WorkshopException.invalid("level", e.text());
        }
    }

    @PostMapping("/api/assessments/{id}/workshops")
    @ResponseStatus(HttpStatus.CREATED)
    Opened open(@PathVariable long id) {
        Workshop workshop = service.open(id);
        return new Opened(workshop.id(), workshop.joinCode(), workshop.assessmentId());
    }

    /** The workshops of an assessment, for those who may run them (an imported assessment's are found this way). */
    @GetMapping("/api/assessments/{id}/workshops")
    List<Workshop> workshops(@PathVariable long id) {
        return service.toRun(id);
    }

    @PostMapping("/api/workshops/join")
    @ResponseStatus(HttpStatus.CREATED)
    JoinedView join(@Valid @RequestBody JoinRequest request, HttpServletRequest http) {
        WorkshopService.Joined joined = throttle.join(
                http.getRemoteAddr(),
                () -> service.join(
                        request.joinCode(),
                        request.name(),
                        request.department(),
                        request.groupId(),
                        Boolean.TRUE.equals(request.anonymous()),
                        request.profile() == null
                                ? ParticipantProfile.NONE
                                : request.profile().toProfile()));
        return new JoinedView(
                joined.participant().id(),
                joined.token(),
                joined.participant().workshopId(),
                joined.participant().name());
    }

    @PutMapping("/api/workshops/{wid}/answers/{indicatorCode}")
    ParticipantAnswer answer(
            @PathVariable long wid,
            @PathVariable String indicatorCode,
            @Valid @RequestBody AnswerRequest request,
            @AuthenticationPrincipal ParticipantPrincipal participant) {
        return service.answer(participant, wid, indicatorCode, request.toValue());
    }

    @GetMapping("/api/workshops/{wid}/answers")
    List<ParticipantAnswer> myAnswers(
            @PathVariable long wid, @AuthenticationPrincipal ParticipantPrincipal participant) {
        if (participant.workshopId() != wid) {
            throw WorkshopException.forbidden("workshop.refused.otherWorkshop");
        }
        return service.answersOf(participant.participantId());
    }

    /** For trainers: who answered the indicator how, with their comments. */
    @GetMapping("/api/workshops/{wid}/answers/{indicatorCode}")
    List<AnswerBy> answersTo(@PathVariable long wid, @PathVariable String indicatorCode) {
        return service.answersTo(wid, indicatorCode);
    }

    @GetMapping("/api/workshops/{wid}/summary")
    WorkshopSummary summary(@PathVariable long wid) {
        return service.summary(wid);
    }

    @PutMapping("/api/workshops/{wid}/agreed/{indicatorCode}")
    Agreement agree(
            @PathVariable long wid,
            @PathVariable String indicatorCode,
            @Valid @RequestBody AgreeRequest request,
            Principal trainer) {
        return service.agree(
                wid,
                indicatorCode,
                wholeLevel(request.level()),
                Boolean.TRUE.equals(request.notApplicable()),
                request.rationale(),
                trainer.getName());
    }

    @PostMapping("/api/workshops/{wid}/groups")
    @ResponseStatus(HttpStatus.CREATED)
    WorkshopGroup addGroup(@PathVariable long wid, @Valid @RequestBody GroupRequest request) {
        return service.addGroup(wid, request.name(), request.categories());
    }

    @GetMapping("/api/workshops/{wid}/groups")
    List<WorkshopGroup> groups(@PathVariable long wid) {
        service.find(wid);
        return service.groups(wid);
    }

    @PostMapping("/api/workshops/{wid}/close")
    Workshop close(@PathVariable long wid) {
        return service.close(wid);
    }

    @PostMapping("/api/workshops/{wid}/reopen")
    Workshop reopen(@PathVariable long wid) {
        return service.reopen(wid);
    }

    @PostMapping("/api/workshops/{wid}/join-code")
    Workshop rotateJoinCode(@PathVariable long wid) {
        return service.rotateJoinCode(wid);
    }
}
