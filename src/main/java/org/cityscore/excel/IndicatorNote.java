package org.cityscore.excel;

import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.Scale;
import org.cityscore.scorecard.Thresholds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The note on an indicator's answer cell: what each level means for this indicator (the dropdown only has the scale's
 * short labels), the thresholds of a measured value, and the guidance, as the entry page shows them.
 */
final class IndicatorNote {

    private IndicatorNote() {
    }

    static String text(Indicator indicator, Scale scale, String lang) {
        boolean chinese = lang != null && lang.startsWith("zh");
        List<String> lines = new ArrayList<>();
        lines.add(indicator.code() + " · " + (chinese ? "各等级的含义" : "What each level means"));
        for (int level = scale.max(); level >= scale.min(); level--) {
            String meaning = indicator.describe(level, scale).map(text -> text.in(lang)).orElse("");
            String threshold = indicator.isMeasured() ? threshold(indicator.thresholds(), level, chinese) + ": " : "";
            lines.add(level + " – " + threshold + meaning);
        }
        if (indicator.guidance() != null) {
            lines.add("");
            lines.add((chinese ? "填写指引：" : "Guidance: ") + indicator.guidance().in(lang));
        }
        return String.join("\n", lines);
    }

    private static String threshold(Thresholds thresholds, int level, boolean chinese) {
        BigDecimal from = thresholds.levels().get(level);
        if (from == null) {
            return chinese ? "其他任何数值" : "any other value";
        }
        return (thresholds.direction() == Thresholds.Direction.HIGHER_IS_BETTER ? "≥ " : "≤ ") + from.toPlainString();
    }
}
