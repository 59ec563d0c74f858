package org.cityscore.scoring;

import java.util.List;

/** A category's score (null when nothing in it is answered and applicable), points and completeness. */
public record CategoryResult(
        String code,
        Double percent,
        Points points,
        Completeness completeness,
        double weight,
        List<IndicatorResult> indicators) {

    public CategoryResult {
        indicators = List.copyOf(indicators);
    }

    public boolean hasScore() {
        return percent != null;
    }

    public boolean isProvisional() {
        return completeness.isProvisional();
    }
}
