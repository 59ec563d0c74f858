package org.cityscore.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cityscore.assessment.ResponseValue;

/**
 * One assessment as its archive holds it (described field by field in {@code docs/archive.md}). Every field is
 * boxed, so that a field missing from a file reads as null and is named by {@link ArchiveCheck}.
 */
record Archive(
        Manifest manifest,
        ArchivedAssessment assessment,
        List<ArchivedResponse> responses,
        List<ArchivedWorkshop> workshops,
        List<ArchivedReviewComment> reviews,
        String scorecard) {

    Archive {
        reviews = reviews == null ? List.of() : reviews;
    }

    static final int FORMAT_VERSION = 1;
    static final String FORMAT = "cityscore-assessment-archive";
    static final String MANIFEST = "manifest.json";
    static final String ASSESSMENT = "assessment.json";
    static final String RESPONSES = "responses.json";
    static final String WORKSHOPS = "workshops.json";
    static final String SCORECARD = "scorecard.yaml";
    /** Optional: archives written before the review existed have no such file. */
    static final String REVIEWS = "reviews.json";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Manifest(
            String format,
            Integer formatVersion,
            String archiveId,
            Instant exportedAt,
            String exportedBy,
            Long originAssessmentId,
            String scorecardId,
            String scorecardVersion,
            String scorecardSha256) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArchivedAssessment(
            String scorecardId,
            String scorecardVersion,
            String city,
            String cityName,
            String country,
            Integer year,
            String title,
            String notes,
            String status,
            Boolean illustrative,
            Instant createdAt,
            Instant updatedAt,
            List<ArchivedChange> changes) {
        ArchivedAssessment {
            changes = changes == null ? List.of() : changes;
        }
    }

    /** An entry of the assessment's own history, oldest first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArchivedChange(
            Instant changedAt,
            String changedBy,
            String action,
            String field,
            String oldValue,
            String newValue,
            String reason) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArchivedResponse(
            String indicatorCode,
            Integer level,
            BigDecimal value,
            Boolean notApplicable,
            String comment,
            String evidence,
            String action,
            String responsible,
            String timescale,
            Integer version,
            Instant updatedAt,
            String updatedBy,
            List<ArchivedHistory> history) {
        ArchivedResponse {
            history = history == null ? List.of() : history;
        }

        ResponseValue content() {
            return new ResponseValue(
                    level,
                    value,
                    Boolean.TRUE.equals(notApplicable),
                    comment,
                    evidence,
                    action,
                    responsible,
                    timescale);
        }
    }

    /** One version of a response, oldest first: {@code oldValue} null for the first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArchivedHistory(
            Integer version, Instant changedAt, String changedBy, ResponseValue oldValue, ResponseValue newValue) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArchivedWorkshop(
            String joinCode,
            Boolean open,
            Instant createdAt,
            Instant closedAt,
            List<ArchivedGroup> groups,
            List<ArchivedParticipant> participants,
            List<ArchivedAgreement> agreements) {
        ArchivedWorkshop {
            groups = groups == null ? List.of() : groups;
            participants = participants == null ? List.of() : participants;
            agreements = agreements == null ? List.of() : agreements;
        }
    }

    /** A group; {@code key} is how the workshop's participants name it in this archive. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArchivedGroup(Integer key, String name, List<String> categories) {
        ArchivedGroup {
            categories = categories == null ? List.of() : categories;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArchivedParticipant(
            String name,
            String department,
            Instant joinedAt,
            Integer group,
            Boolean anonymous,
            String gender,
            String ageBand,
            String sector,
            List<ArchivedAnswer> answers) {
        ArchivedParticipant {
            answers = answers == null ? List.of() : answers;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArchivedAnswer(
            String indicatorCode,
            Integer level,
            BigDecimal value,
            Boolean notApplicable,
            String comment,
            String evidence,
            Instant updatedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArchivedAgreement(
            String indicatorCode,
            Integer level,
            Boolean notApplicable,
            String rationale,
            String agreedBy,
            Instant agreedAt) {}

    /** A reviewer's comment on an indicator in one review round, with the city's reply if any. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArchivedReviewComment(
            Integer round,
            String indicatorCode,
            String comment,
            String reviewer,
            Instant commentedAt,
            String reply,
            String repliedBy,
            Instant repliedAt) {}
}
