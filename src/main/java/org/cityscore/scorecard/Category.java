package org.cityscore.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A SHIFT category, a UNDRR Essential or one of the 5Rs: its indicators in file order, sub-groups included. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Category(
        String code,
        LocalizedText title,
        LocalizedText description,
        double weight,
        List<Indicator> indicators,
        List<IndicatorGroup> groups) {

    public Category {
        indicators = List.copyOf(indicators);
        groups = List.copyOf(groups);
    }
}
