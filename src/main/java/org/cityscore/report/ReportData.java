package org.cityscore.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.Response;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scoring.AssessmentResult;
import org.cityscore.workshop.ParticipantAnswer;
import org.cityscore.workshop.WorkshopSummary;

/**
 * Everything one report shows, and the texts of its headings in the chosen language. {@code participantAnswers} holds
 * each workshop participant's own answers (with their comments), by participant id; the comments of the
 * participants in {@code anonymous} are shown without their name. {@code signOff} says who approved the assessment (or
 * finalized it without review) and when; null when no one has. {@code actions} is the action plan
 * ({@link ReportActions}), empty when the city has none on these indicators.
 */
record ReportData(
        Assessment assessment,
        ScorecardDefinition definition,
        AssessmentResult result,
        Map<String, Response> responses,
        List<WorkshopSummary> workshops,
        Map<Long, List<ParticipantAnswer>> participantAnswers,
        Set<Long> anonymous,
        String preparedBy,
        Instant generatedAt,
        String lang,
        BiFunction<String, Object[], String> texts,
        String signOff,
        List<ReportActions.Line> actions) {

    /** "Draft", "In review" or "Final", in the report's language. */
    String statusText() {
        return text("assessment.status." + assessment.status().key());
    }

    String text(String key, Object... args) {
        return texts.apply(key, args);
    }
}
