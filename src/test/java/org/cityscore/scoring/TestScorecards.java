package org.cityscore.scoring;

import java.io.StringReader;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ScorecardParser;

/** Small scorecards written for one test each, where the real ones do not have the case. */
final class TestScorecards {

    private TestScorecards() {}

    /** Scale 0–3; category A (A1 weight 1, A2 weight 3) and category B (weight 3, B1 may be N/A). */
    static ScorecardDefinition weighted() {
        return parse(WEIGHTED);
    }

    private static final String WEIGHTED = """
                id: weighted
                version: "1"
                languages: [en]
                title: {en: "Weighted"}
                source: {citation: "test", note: {en: "test"}}
                scale: {min: 0, max: 3, labels: {0: {en: "0"}, 1: {en: "1"}, 2: {en: "2"}, 3: {en: "3"}}}
                categories:
                  - code: A
                    title: {en: "A"}
                    indicators:
                      - {code: A1, name: {en: "A1"}, question: {en: "A1?"}}
                      - {code: A2, name: {en: "A2"}, question: {en: "A2?"}, weight: 3}
                  - code: B
                    title: {en: "B"}
                    weight: 3
                    indicators:
                      - {code: B1, name: {en: "B1"}, question: {en: "B1?"}, notApplicableAllowed: true}
                """;

    /** {@link #weighted()} with {@code aggregation: sum}: points out of the maxima of the applicable indicators. */
    static ScorecardDefinition summed() {
        return parse(WEIGHTED.replace("id: weighted", "id: summed\naggregation: sum"));
    }

    static ScorecardDefinition parse(String yaml) {
        ScorecardParser.Outcome outcome = new ScorecardParser().parse("test.yaml", new StringReader(yaml));
        if (!outcome.isValid()) {
            throw new AssertionError("test scorecard is invalid: " + outcome.problems());
        }
        return outcome.definition();
    }
}
