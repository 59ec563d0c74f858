package org.cityscore.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.cityscore.scoring.Answer;
import org.cityscore.system.TextLimit;

/** What a response says: the answer, the participant's comment and evidence, and the action plan fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseValue(
        Integer level,
        BigDecimal value,
        boolean notApplicable,
        String comment,
        String evidence,
        String action,
        String responsible,
        String timescale) {

    public ResponseValue {
        comment = blankToNull(comment);
        evidence = blankToNull(evidence);
        action = blankToNull(action);
        responsible = blankToNull(responsible);
        timescale = blankToNull(timescale);
        value = value == null ? null : value.stripTrailingZeros();
    }

    /** Nothing given at all: no answer, no text. */
    public boolean isBlank() {
        return level == null
                && value == null
                && !notApplicable
                && comment == null
                && evidence == null
                && action == null
                && responsible == null
                && timescale == null;
    }

    /** The first text over its limit, if any. */
    public Optional<TextLimit.TooLong> tooLong() {
        return TextLimit.COMMENT
                .check(comment)
                .or(() -> TextLimit.EVIDENCE.check(evidence))
                .or(() -> TextLimit.ACTION.check(action))
                .or(() -> TextLimit.RESPONSIBLE.check(responsible))
                .or(() -> TextLimit.TIMESCALE.check(timescale));
    }

    Answer toAnswer(String indicatorCode) {
        return new Answer(indicatorCode, level, value, notApplicable);
    }

    boolean sameAs(ResponseValue other) {
        return other != null
                && Objects.equals(level, other.level)
                && notApplicable == other.notApplicable
                && (value == null ? other.value == null : other.value != null && value.compareTo(other.value) == 0)
                && Objects.equals(comment, other.comment)
                && Objects.equals(evidence, other.evidence)
                && Objects.equals(action, other.action)
                && Objects.equals(responsible, other.responsible)
                && Objects.equals(timescale, other.timescale);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
