package org.cityscore.assessment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ShowsScorecard;
import org.cityscore.scoring.AssessmentResult;

/** An assessment with the definition it was made with, its responses and their scores: what pages show. */
public record ScoredAssessment(
        Assessment assessment, ScorecardDefinition definition, List<Response> responses, AssessmentResult result)
        implements ShowsScorecard {

    public ScoredAssessment {
        responses = List.copyOf(responses);
    }

    public Map<String, Response> responsesByCode() {
        return responses.stream().collect(Collectors.toMap(Response::indicatorCode, Function.identity()));
    }
}
