package org.cityscore.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.Scale;
import org.cityscore.scorecard.Thresholds;

/**
 * The note on an indicator's answer cell: what each level means for this indicator (the dropdown only has the scale's
 * short labels), the thresholds of a measured value, and the guidance, as the entry page shows them.
 */
final class IndicatorNote {

    private IndicatorNote() {}

    static String text(Indicator indicator, Scale scale, String lang, WorkbookTexts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(indicator.code() + " · " + texts.get("workbook.note.levels"));
        for (int level = scale.max(); level >= scale.min(); level--) {
            String meaning =
                    indicator.describe(level, scale).map(text -> text.in(lang)).orElse("");
            String threshold = indicator.isMeasured() ? threshold(indicator.thresholds(), level, texts) + ": " : "";
            lines.add(level + " – " + threshold + meaning);
        }
        if (indicator.guidance() != null) {
            lines.add("");
            lines.add(texts.get("workbook.note.guidance", indicator.guidance().in(lang)));
        }
        return String.join("\n", lines);
    }

    private static String threshold(Thresholds thresholds, int level, WorkbookTexts texts) {
        BigDecimal from = thresholds.levels().get(level);
        if (from == null) {
            return texts.get("workbook.note.otherValue");
        }
        return (thresholds.direction() == Thresholds.Direction.HIGHER_IS_BETTER ? "≥ " : "≤ ") + from.toPlainString();
    }
}
