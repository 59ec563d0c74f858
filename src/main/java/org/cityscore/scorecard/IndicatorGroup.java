package org.cityscore.scorecard;

import java.util.List;

/** An optional sub-group inside a category, for display only: it does not change scoring. */
public record IndicatorGroup(String code, LocalizedText title, List<String> indicatorCodes) {

    public IndicatorGroup {
        indicatorCodes = List.copyOf(indicatorCodes);
    }
}
