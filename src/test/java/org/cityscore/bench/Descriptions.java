package org.cityscore.bench;

import java.util.Map;

/** A sentence per benchmark for the table in docs/benchmarks.md; add one when you add a benchmark. */
final class Descriptions {

    private static final Map<String, String> BY_METHOD = Map.of(
            "score117IndicatorsAllAnswered",
                    "Score a complete assessment: 117 indicators, 10 categories, sum aggregation",
            "parse117IndicatorScorecard", "Parse and validate a 117-indicator scorecard YAML (en + zh texts)",
            "importFilled47QuestionWorkbook",
                    "Read and check a filled 47-question UNDRR workbook (.xlsx, every row answered)",
            "exportTemplate", "Write the blank 47-question UNDRR template (.xlsx, Chinese)",
            "reportUndrr47QuestionsChinese",
                    "Write the PDF report of a fully answered 47-question UNDRR assessment in Chinese (CJK font subset)");

    private Descriptions() {}

    static String of(String benchmark) {
        return BY_METHOD.getOrDefault(benchmark.substring(benchmark.lastIndexOf('.') + 1), "");
    }
}
