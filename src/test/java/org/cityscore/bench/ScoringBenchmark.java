package org.cityscore.bench;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ScorecardParser;
import org.cityscore.scoring.Answer;
import org.cityscore.scoring.AssessmentResult;
import org.cityscore.scoring.ScoreCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring a complete assessment of a 117-indicator scorecard shaped like the UNDRR detailed level
 * (Ten Essentials, 0–5, sum), and parsing that scorecard's YAML.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {

    static final int[] INDICATORS_PER_ESSENTIAL = {12, 13, 10, 14, 8, 13, 11, 16, 13, 7};

    private String yaml;
    private ScorecardDefinition definition;
    private List<Answer> answers;

    @Setup
    public void setUp() {
        yaml = detailedLevelYaml();
        definition = parse(yaml);
        answers = new ArrayList<>();
        definition.indicators().forEach(indicator -> answers.add(Answer.level(indicator.code(), answers.size() % 6)));
    }

    @Benchmark
    public AssessmentResult score117IndicatorsAllAnswered() {
        return ScoreCalculator.score(definition, answers);
    }

    @Benchmark
    public ScorecardDefinition parse117IndicatorScorecard() {
        return parse(yaml);
    }

    static ScorecardDefinition parse(String yaml) {
        ScorecardParser.Outcome outcome = new ScorecardParser().parse("detailed.yaml", new StringReader(yaml));
        if (!outcome.isValid()) {
            throw new IllegalStateException(outcome.problems().toString());
        }
        return outcome.definition();
    }

    /** A synthetic scorecard with 117 indicators in 10 categories, every text in English and Chinese. */
    static String detailedLevelYaml() {
        StringBuilder out = new StringBuilder("""
                id: bench-detailed
                version: "1"
                languages: [en, zh]
                title: {en: "Detailed", zh: "详细"}
                source: {citation: "benchmark", note: {en: "synthetic", zh: "合成"}}
                aggregation: sum
                scale:
                  min: 0
                  max: 5
                  labels: {0: {en: "0", zh: "0"}, 1: {en: "1", zh: "1"}, 2: {en: "2", zh: "2"}, 3: {en: "3", zh: "3"}, 4: {en: "4", zh: "4"}, 5: {en: "5", zh: "5"}}
                categories:
                """);
        for (int essential = 1; essential <= INDICATORS_PER_ESSENTIAL.length; essential++) {
            out.append("  - code: E")
                    .append(essential)
                    .append('\n')
                    .append("    title: {en: \"Essential ")
                    .append(essential)
                    .append("\", zh: \"要素")
                    .append(essential)
                    .append("\"}\n")
                    .append("    indicators:\n");
            for (int n = 1; n <= INDICATORS_PER_ESSENTIAL[essential - 1]; n++) {
                String code = "D" + essential + "." + n;
                out.append("      - code: \"")
                        .append(code)
                        .append("\"\n")
                        .append("        name: {en: \"Criterion ")
                        .append(code)
                        .append("\", zh: \"标准")
                        .append(code)
                        .append("\"}\n")
                        .append("        question: {en: \"How far is ")
                        .append(code)
                        .append(" met?\", zh: \"")
                        .append(code)
                        .append("达到了什么程度？\"}\n")
                        .append("        levels: {0: {en: \"none\", zh: \"无\"}, 5: {en: \"full\", zh: \"完全\"}}\n");
            }
        }
        return out.toString();
    }
}
