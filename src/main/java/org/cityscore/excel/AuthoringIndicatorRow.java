package org.cityscore.excel;

import java.util.LinkedHashMap;
import java.util.Map;

/** One row of the indicators sheet read into an indicator's map, each key's cell noted. */
final class AuthoringIndicatorRow {

    private final AuthoringTable table;
    private final AuthoringTable.Line line;
    private final AuthoringCellMap cells;

    AuthoringIndicatorRow(AuthoringTable table, AuthoringTable.Line line, AuthoringCellMap cells) {
        this.table = table;
        this.line = line;
        this.cells = cells;
    }

    Map<String, Object> read(String path) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        cells.put(path, table.cell(line, "code"));
        plain(indicator, "code", path);
        plain(indicator, "kind", path);
        for (String text : new String[] {"name", "question", "guidance"}) {
            cells.text(indicator, text, table, line, path);
        }
        plain(indicator, "weight", path);
        plain(indicator, "notApplicableAllowed", path);
        cells.text(indicator, "unit", table, line, path);
        range(indicator, path);
        String direction = table.get(line, "direction");
        String directionCell = table.cell(line, "direction");
        cells.put(path + ".thresholds", directionCell);
        cells.put(path + ".thresholds.levels", directionCell);
        if (direction != null) {
            cells.value(
                    AuthoringCellMap.child(indicator, "thresholds"),
                    "direction",
                    direction,
                    path + ".thresholds",
                    directionCell);
        }
        cells.put(path + ".thresholds.direction", directionCell);
        cells.put(path + ".levels", table.cell(line, "code"));
        return indicator;
    }

    private void plain(Map<String, Object> indicator, String column, String path) {
        cells.value(indicator, column, table.get(line, column), path, table.cell(line, column));
    }

    private void range(Map<String, Object> indicator, String path) {
        String min = table.get(line, "rangeMin");
        String max = table.get(line, "rangeMax");
        String rangePath = path + ".range";
        cells.put(rangePath, table.cell(line, "rangeMin"));
        Map<String, Object> range = new LinkedHashMap<>();
        cells.value(range, "min", min, rangePath, table.cell(line, "rangeMin"));
        cells.value(range, "max", max, rangePath, table.cell(line, "rangeMax"));
        if (!range.isEmpty()) {
            indicator.put("range", range);
        }
    }
}
