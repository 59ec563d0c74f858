package org.cityscore.assessment;

import java.math.BigDecimal;
import org.cityscore.scoring.WholeLevel;
import org.springframework.util.MultiValueMap;

/**
 * What the entry form sent for one indicator, as typed. Kept as text so that a page shown again after a
 * problem gives back exactly what the participant typed.
 */
public record IndicatorInput(
        String code,
        String level,
        String value,
        boolean notApplicable,
        String comment,
        String evidence,
        String action,
        String responsible,
        String timescale,
        String version) {

    public static IndicatorInput from(MultiValueMap<String, String> form, String code) {
        return new IndicatorInput(
                code,
                field(form, "level", code),
                field(form, "value", code),
                "on".equals(field(form, "na", code)) || "true".equals(field(form, "na", code)),
                field(form, "comment", code),
                field(form, "evidence", code),
                field(form, "action", code),
                field(form, "responsible", code),
                field(form, "timescale", code),
                field(form, "version", code));
    }

    static IndicatorInput of(String code, Response stored) {
        if (stored == null) {
            return new IndicatorInput(code, null, null, false, null, null, null, null, null, "0");
        }
        return new IndicatorInput(
                code,
                stored.level() == null ? null : stored.level().toString(),
                stored.value() == null ? null : stored.value().toPlainString(),
                stored.notApplicable(),
                stored.comment(),
                stored.evidence(),
                stored.action(),
                stored.responsible(),
                stored.timescale(),
                String.valueOf(stored.version()));
    }

    /** The typed value as a number (see {@link TypedNumber}); null when empty. */
    BigDecimal number() {
        return TypedNumber.parse(value);
    }

    /** The chosen level; throws {@link WholeLevel.NotWhole} for 2.9 and {@link NumberFormatException} for no number. */
    Integer levelNumber() {
        return WholeLevel.of(TypedNumber.parse(level));
    }

    /** The version the page was shown with; throws {@link NumberFormatException} when it is no whole number. */
    Integer versionNumber() {
        try {
            return version == null || version.isBlank()
                    ? null
                    : TypedNumber.parse(version).intValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("The version " + version + " is not a whole number.");
        }
    }

    /**
     * The answer the form gives; throws {@link NumberFormatException} when a typed value or level is no number,
     * {@link WholeLevel.NotWhole} for a level with a fraction.
     */
    public ResponseValue toValue() {
        return new ResponseValue(
                notApplicable ? null : levelNumber(),
                notApplicable ? null : number(),
                notApplicable,
                comment,
                evidence,
                action,
                responsible,
                timescale);
    }

    IndicatorInput withVersion(int newVersion) {
        return new IndicatorInput(
                code,
                level,
                value,
                notApplicable,
                comment,
                evidence,
                action,
                responsible,
                timescale,
                String.valueOf(newVersion));
    }

    /** The level the form shows as chosen: none when N/A is ticked or nothing (or no number) was chosen. */
    public Integer checkedLevel() {
        try {
            return notApplicable ? null : levelNumber();
        } catch (NumberFormatException | WholeLevel.NotWhole e) {
            return null;
        }
    }

    public boolean hasActionPlan() {
        return notBlank(action) || notBlank(responsible) || notBlank(timescale);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String field(MultiValueMap<String, String> form, String name, String code) {
        return form.getFirst(name + ":" + code);
    }
}
