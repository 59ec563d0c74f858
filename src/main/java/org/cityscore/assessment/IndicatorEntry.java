package org.cityscore.assessment;

import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.Scale;
import org.cityscore.system.HtmlId;
import org.cityscore.text.Message;

/**
 * One indicator on the entry page: its definition, what the form shows, and, after a save, the problem or the
 * other person's response that got there first.
 */
record IndicatorEntry(Indicator indicator, IndicatorInput input, Response stored, Message problem, Response conflict) {

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
        return stored == null || stored.value() == null || indicator.thresholds() == null
                ? null
                : indicator.thresholds().levelFor(stored.value(), scale.min());
    }

    /** The other person's answer in a few words, for the conflict message (who gave it is added on the page). */
    public Message conflictAnswer() {
        if (conflict == null || conflict.notApplicable()) {
            return Message.of("entry.conflict.na");
        }
        return conflict.level() != null
                ? Message.of("entry.conflict.level", conflict.level())
                : conflict.value() != null
                        ? Message.of("entry.conflict.value", conflict.value().toPlainString())
                        : Message.of("entry.conflict.none");
    }
}
