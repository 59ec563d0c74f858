package org.cityscore.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentChange;
import org.cityscore.assessment.ReviewComment;

/**
 * An assessment's review read from its history: each submission opens a round, which a return (with the reviewer's
 * comments and the city's replies) or an approval decides. A trainer's finalize without review is a round of its
 * own with no submission and the decision {@code finalized}.
 */
final class ReviewRounds {

    private ReviewRounds() {}

    /** The review of one assessment: its status and its rounds, oldest first. */
    record View(long assessmentId, String status, List<Round> rounds) {}

    /** One round; {@code round} and the submission are null for a finalize without review, {@code decision} while pending. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Round(
            Integer round, String submittedBy, Instant submittedAt, List<ReviewComment> comments, Decision decision) {}

    /** {@code returned} (with the reviewer's summary), {@code approved} or {@code finalized}: who and when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decision(String action, String by, Instant at, String summary) {}

    static View of(Assessment assessment, List<AssessmentChange> oldestFirst, List<ReviewRepository.Stored> stored) {
        List<Round> rounds = new ArrayList<>();
        long submissions = oldestFirst.stream()
                .filter(change -> change.action().equals(AssessmentChange.SUBMITTED))
                .count();
        int number = 0;
        for (AssessmentChange change : oldestFirst) {
            switch (change.action()) {
                case AssessmentChange.SUBMITTED -> {
                    number++;
                    rounds.add(new Round(number, change.changedBy(), change.changedAt(), List.of(), null));
                }
                case AssessmentChange.RETURNED, AssessmentChange.APPROVED -> {
                    if (!rounds.isEmpty() && rounds.get(rounds.size() - 1).decision() == null) {
                        Round open = rounds.remove(rounds.size() - 1);
                        rounds.add(decided(open, change, stored, assessment.isDraft() && open.round() == submissions));
                    }
                }
                case AssessmentChange.FINALIZED -> rounds.add(new Round(null, null, null, List.of(), decision(change)));
                default -> {}
            }
        }
        return new View(assessment.id(), assessment.status().key(), rounds);
    }

    /** The round with its decision and comments; {@code replying} while the city may still answer them. */
    private static Round decided(
            Round open, AssessmentChange change, List<ReviewRepository.Stored> stored, boolean replying) {
        List<ReviewComment> comments = stored.stream()
                .filter(comment -> comment.round() == open.round())
                .map(comment -> comment(comment, replying))
                .toList();
        return new Round(open.round(), open.submittedBy(), open.submittedAt(), comments, decision(change));
    }

    private static Decision decision(AssessmentChange change) {
        return new Decision(change.action(), change.changedBy(), change.changedAt(), change.reason());
    }

    static ReviewComment comment(ReviewRepository.Stored stored, boolean open) {
        return stored.comment().withOpen(open);
    }
}
