package org.cityscore.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Optional;

/**
 * One question of a scorecard. Rated indicators take a level; measured ones take a value in {@code unit}
 * that {@code thresholds} turn into a level. {@code levels} describes what each level means for this indicator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(
        String code,
        IndicatorKind kind,
        LocalizedText name,
        LocalizedText question,
        LocalizedText guidance,
        double weight,
        boolean notApplicableAllowed,
        Map<Integer, LocalizedText> levels,
        LocalizedText unit,
        ValueRange range,
        Thresholds thresholds,
        String group) {

    public Indicator {
        levels = Map.copyOf(levels);
    }

    public boolean isMeasured() {
        return kind == IndicatorKind.MEASURED;
    }

    /** What a level means here: the indicator's own description, else the scale's label. */
    public Optional<LocalizedText> describe(int level, Scale scale) {
        return Optional.ofNullable(levels.get(level))
                .or(() -> Optional.ofNullable(scale.labels().get(level)));
    }
}
