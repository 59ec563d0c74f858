package org.cityscore.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cityscore.system.ApiException;
import org.cityscore.system.Audit;
import org.cityscore.system.TextLimit;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the review's states: an editor or trainer of the city submits a draft ({@code in_review}, answers
 * read-only); a trainer or an admin returns it to draft or approves it as final, but never approves what they
 * submitted themselves. Each step goes into the assessment's history and the audit log.
 */
@Service
public class AssessmentReview {

    private final AssessmentService service;
    private final AssessmentRepository assessments;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    AssessmentReview(AssessmentService service, AssessmentRepository assessments, Audit audit) {
        this.service = service;
        this.assessments = assessments;
        this.audit = audit;
    }

    @Transactional
    public Assessment submit(long id, String by) {
        Assessment assessment = service.writable(id);
        if (!assessment.isDraft()) {
            throw conflict("assessment.submit.notDraft");
        }
        move(assessment, AssessmentStatus.IN_REVIEW, AssessmentChange.SUBMITTED, by, null);
        audit.record("assessment.submit", target(id), assessment.cityId(), null);
        return service.find(id);
    }

    /** Back to draft, with the reviewer's summary (may be null) kept as the reason in the history. */
    @Transactional
    public Assessment sendBack(long id, String summary, String by) {
        Assessment assessment = inReview(id);
        String text = summary == null || summary.isBlank() ? null : summary.strip();
        TextLimit.REASON.check(text).ifPresent(tooLong -> {
            throw new AssessmentRejectedException("summary", tooLong.text());
        });
        move(assessment, AssessmentStatus.DRAFT, AssessmentChange.RETURNED, by, text);
        audit.record("assessment.return", target(id), assessment.cityId(), text == null ? null : "summary=" + text);
        return service.find(id);
    }

    @Transactional
    public Assessment approve(long id, String by) {
        Assessment assessment = inReview(id);
        if (Objects.equals(by, submitter(id))) {
            throw new ApiException(HttpStatus.FORBIDDEN, null, Message.of("assessment.approve.ownSubmission"));
        }
        move(assessment, AssessmentStatus.FINAL, AssessmentChange.APPROVED, by, null);
        audit.record("assessment.approve", target(id), assessment.cityId(), null);
        return service.find(id);
    }

    /** Who approved a final assessment, or finalized it alone, and when; empty for a draft or one in review. */
    public Optional<AssessmentChange> signOff(long id) {
        Assessment assessment = service.find(id);
        if (!assessment.isFinal()) {
            return Optional.empty();
        }
        return assessments.changes(id).stream()
                .filter(change -> change.action().equals(AssessmentChange.APPROVED)
                        || change.action().equals(AssessmentChange.FINALIZED))
                .findFirst();
    }

    /** The assessment's history, oldest first: the review's rounds are read from it. */
    public List<AssessmentChange> historyOldestFirst(long id) {
        List<AssessmentChange> history = new ArrayList<>(service.changes(id));
        Collections.reverse(history);
        return history;
    }

    private Assessment inReview(long id) {
        Assessment assessment = service.finalisable(id);
        if (!assessment.isInReview()) {
            throw conflict("assessment.review.notInReview");
        }
        return assessment;
    }

    private String submitter(long id) {
        return assessments.changes(id).stream()
                .filter(change -> change.action().equals(AssessmentChange.SUBMITTED))
                .map(AssessmentChange::changedBy)
                .findFirst()
                .orElse(null);
    }

    private void move(Assessment assessment, AssessmentStatus to, String action, String by, String reason) {
        if (!assessments.changeStatus(assessment.id(), assessment.status(), to, clock.instant())) {
            throw conflict("assessment.review.changedMeanwhile");
        }
        assessments.recordChange(
                assessment.id(), new AssessmentChange(clock.instant(), by, action, null, null, null, reason));
    }

    private static ApiException conflict(String code) {
        return new ApiException(HttpStatus.CONFLICT, "status", Message.of(code));
    }

    private static String target(long id) {
        return "assessment/" + id;
    }
}
