package org.cityscore.assessment;

import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.Scale;
import org.cityscore.system.HtmlId;

/**
 * One indicator on the entry page: its definition, what the form shows, and, after a save, the problem or the
 * other person's response that got there first.
 */
record IndicatorEntry(Indicator indicator, IndicatorInput input, Response stored, String problem, Response conflict,
                      String problemKey, Object[] problemArgs) {

    IndicatorEntry(Indicator indicator, IndicatorInput input, Response stored, String problem, Response conflict) {
        this(indicator, input, stored, problem, conflict, null, new Object[0]);
    }

    /** The code made safe for an HTML id: "TSS 1" becomes "TSS-1", "P1.1" becomes "P1-1". */
    public String domId() {
        return HtmlId.of(indicator.code());
    }

    /** Whether the stored response counts as done in the category's progress (a level, a value or N/A). */
    public boolean isAnswered() {
        return stored != null && (stored.notApplicable() || stored.level() != null || stored.value() != null);
    }

    /** The level the stored measured value reaches, as the score counts it; null without a stored value. */
    public Integer reachedLevel(Scale scale) {
        return stored == null || stored.value() == null || indicator.thresholds() == null ? null
                : indicator.thresholds().levelFor(stored.value(), scale.min());
    }

    /** The other person's answer in a few words, for the conflict message. */
    public String conflictSummary() {
        if (conflict == null) {
            return "";
        }
        if (conflict.notApplicable()) {
            return "N/A";
        }
        String answer = conflict.level() != null ? "level " + conflict.level()
                : conflict.value() != null ? conflict.value().toPlainString() : "–";
        return conflict.updatedBy() == null ? answer : answer + " (" + conflict.updatedBy() + ")";
    }
}
