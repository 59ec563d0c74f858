package org.cityscore.review;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentChange;
import org.cityscore.assessment.AssessmentRejectedException;
import org.cityscore.assessment.AssessmentReview;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ReviewComment;
import org.cityscore.assessment.ReviewComments;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.system.ApiException;
import org.cityscore.system.Audit;
import org.cityscore.system.Reader;
import org.cityscore.system.TextLimit;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review's comments: a reviewer returns an assessment with comments on its indicators, the city replies to
 * each until it submits again. The states themselves are {@link AssessmentReview}'s.
 */
@Service
class ReviewService implements ReviewComments {

    private final AssessmentReview states;
    private final AssessmentService assessments;
    private final ReviewRepository comments;
    private final Reader reader;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    ReviewService(
            AssessmentReview states,
            AssessmentService assessments,
            ReviewRepository comments,
            Reader reader,
            Audit audit) {
        this.states = states;
        this.assessments = assessments;
        this.comments = comments;
        this.reader = reader;
        this.audit = audit;
    }

    /** A reviewer's comment on one indicator, as sent. */
    record NewComment(String indicatorCode, String comment) {}

    /** Returns the assessment to draft with the comments: all of them stored, or none and it stays in review. */
    @Transactional
    public Assessment sendBack(long id, List<NewComment> sent, String summary, String reviewer) {
        Assessment returned = states.sendBack(id, summary, reviewer);
        ScorecardDefinition definition = assessments.definitionOf(id);
        int round = round(id);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            NewComment comment = sent.get(i);
            String at = "comments[" + i + "]";
            String code = comment.indicatorCode() == null
                    ? ""
                    : comment.indicatorCode().strip();
            if (definition.indicator(code).isEmpty()) {
                throw new AssessmentRejectedException(
                        at + ".indicatorCode",
                        "review.comment.unknownIndicator",
                        code,
                        definition.id(),
                        definition.version());
            }
            if (!seen.add(code)) {
                throw new AssessmentRejectedException(at + ".indicatorCode", "review.comment.twice", code);
            }
            if (comment.comment() == null || comment.comment().isBlank()) {
                throw new AssessmentRejectedException(at + ".comment", "review.comment.required", code);
            }
            TextLimit.COMMENT.check(comment.comment().strip()).ifPresent(tooLong -> {
                throw new AssessmentRejectedException(at + ".comment", tooLong.text());
            });
            comments.add(id, round, code, comment.comment().strip(), reviewer, clock.instant());
        }
        return returned;
    }

    /** The city's reply to the reviewer's comment on one indicator; a blank reply removes it. */
    @Transactional
    public ReviewComment reply(long id, String indicatorCode, String reply, String by) {
        Assessment assessment = assessments.find(id);
        if (!reader.mayWrite(assessment.cityId())) {
            throw Reader.forbidden();
        }
        ReviewComment comment = latest(id).get(indicatorCode);
        if (comment == null) {
            throw ApiException.notFound("indicatorCode", Message.of("review.reply.noComment", indicatorCode));
        }
        if (!comment.open()) {
            throw new ApiException(HttpStatus.CONFLICT, "status", Message.of("review.reply.closed"));
        }
        String text = reply == null || reply.isBlank() ? null : reply.strip();
        TextLimit.COMMENT.check(text).ifPresent(tooLong -> {
            throw new AssessmentRejectedException("reply", tooLong.text());
        });
        comments.reply(id, round(id), indicatorCode, text, by, clock.instant());
        audit.record("review.reply", "assessment/" + id, assessment.cityId(), "indicator=" + indicatorCode);
        return latest(id).get(indicatorCode);
    }

    /** The comments of the latest round that has any; open to replies while it is the draft they returned. */
    @Override
    public Map<String, ReviewComment> latest(long assessmentId) {
        List<ReviewRepository.Stored> all = comments.all(assessmentId);
        if (all.isEmpty()) {
            return Map.of();
        }
        int last = all.get(all.size() - 1).round();
        boolean open = assessments.find(assessmentId).isDraft() && last == round(assessmentId);
        Map<String, ReviewComment> latest = new LinkedHashMap<>();
        all.stream()
                .filter(stored -> stored.round() == last)
                .forEach(stored -> latest.put(stored.comment().indicatorCode(), ReviewRounds.comment(stored, open)));
        return latest;
    }

    /** The review as rounds, oldest first. */
    public ReviewRounds.View review(long id) {
        Assessment assessment = assessments.find(id);
        return ReviewRounds.of(assessment, states.historyOldestFirst(id), comments.all(id));
    }

    /** The number of the current round: how many times the assessment was submitted. */
    private int round(long id) {
        return (int) states.historyOldestFirst(id).stream()
                .filter(change -> change.action().equals(AssessmentChange.SUBMITTED))
                .count();
    }
}
