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

    /**
     * A label short enough for a chart axis: the title when there are few axes and it is short, else the code
     * (UNDRR's Essentials are long, and E1…E10 are known). Wide characters such as Chinese count double.
     */
    public String chartLabel(String lang, int axes) {
        String text = title.in(lang);
        int width = text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
        return axes <= 6 && width <= 16 ? text : code;
    }
}
