package org.cityscore.comparison;

import java.util.List;
import java.util.function.Function;
import org.cityscore.text.Message;

/**
 * An indicator with an action marked done between the first and the last assessment compared, the titles of those
 * actions, and its change in level (null when there is none to compare), also in words: "done, +2", "done, no change",
 * "done, −1".
 */
record ActionDone(String code, String title, List<String> actions, Integer delta, String outcome) {

    /** The indicators of the comparison that have such an action, in its order; {@code words} resolves a message. */
    static List<ActionDone> of(Comparison comparison, Function<Message, String> words) {
        return comparison.indicators().stream()
                .filter(Comparison.IndicatorRow::doneBetween)
                .map(row -> new ActionDone(
                        row.code(),
                        row.title(),
                        row.actions().stream()
                                .filter(Comparison.ActionMark::doneBetween)
                                .map(Comparison.ActionMark::title)
                                .toList(),
                        row.comparable() ? row.delta() : null,
                        words.apply(outcome(row))))
                .toList();
    }

    static Message outcome(Comparison.IndicatorRow row) {
        if (!row.comparable()) {
            return Message.of("compare.actionDone.notComparable");
        }
        if (row.delta() == null) {
            return Message.of("compare.actionDone.unknown");
        }
        if (row.delta() == 0) {
            return Message.of("compare.actionDone.noChange");
        }
        return Message.of("compare.actionDone.change", (row.delta() > 0 ? "+" : "−") + Math.abs(row.delta()));
    }
}
