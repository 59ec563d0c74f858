package org.cityscore.scorecard;

import java.util.List;
import java.util.Map;

/**
 * An authoring workbook read into the structure a scorecard YAML file has ({@code tree}: maps, lists and strings),
 * where each key path the loader reports a problem by ({@code categories[W].indicators[W1].levels.3}) was read from
 * ({@code cells}: path to {@code sheet!A1}), and the problems of the workbook's own layout (an unknown column, an
 * indicator of a category that no row defines).
 */
public record AuthoredWorkbook(Map<String, Object> tree, Map<String, String> cells, List<AuthoringProblem> problems) {

    public AuthoredWorkbook {
        cells = Map.copyOf(cells);
        problems = List.copyOf(problems);
    }
}
