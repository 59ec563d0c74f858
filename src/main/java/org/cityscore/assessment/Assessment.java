package org.cityscore.assessment;

import java.time.Instant;

/**
 * A city's assessment on one scorecard in one year. It keeps the scorecard id and version it was made with
 * (and, in storage, a snapshot of that definition), so later edits of the scorecard file do not change it.
 * {@code city} is the name of the city {@code cityId}.
 */
public record Assessment(
        long id,
        String scorecardId,
        String scorecardVersion,
        String city,
        long cityId,
        String country,
        int year,
        String title,
        String notes,
        AssessmentStatus status,
        boolean illustrative,
        Instant createdAt,
        Instant updatedAt) {

    /** The same assessment without its internal notes, for those who may not read them (the public). */
    public Assessment withoutNotes() {
        return new Assessment(
                id,
                scorecardId,
                scorecardVersion,
                city,
                cityId,
                country,
                year,
                title,
                null,
                status,
                illustrative,
                createdAt,
                updatedAt);
    }

    public boolean isFinal() {
        return status == AssessmentStatus.FINAL;
    }

    public boolean isInReview() {
        return status == AssessmentStatus.IN_REVIEW;
    }

    /** Whether its answers and details may change now: only a draft's. */
    public boolean isDraft() {
        return status == AssessmentStatus.DRAFT;
    }

    /** Refuses a change of answers or details while a reviewer has it (409); does nothing otherwise. */
    public void refuseWhileInReview() {
        if (isInReview()) {
            throw new AssessmentInReviewException(id);
        }
    }
}
