package org.cityscore.excel;

import java.util.Map;

/** Reads the levels and thresholds sheets into the indicators they name by code. */
final class AuthoringIndicatorSheets {

    private final Map<String, AuthoringWorkbookReader.Entry> indicators;
    private final AuthoringCellMap cells;

    AuthoringIndicatorSheets(Map<String, AuthoringWorkbookReader.Entry> indicators, AuthoringCellMap cells) {
        this.indicators = indicators;
        this.cells = cells;
    }

    /** A row of the levels or thresholds sheet with the indicator and level it names. */
    private interface LevelRow {
        void read(AuthoringTable.Line line, AuthoringWorkbookReader.Entry indicator, String level);
    }

    /** Levels: indicator, level, {@code description::<lang>}: what each level means for that indicator. */
    void levels(AuthoringTable table) {
        each(table, (line, indicator, level) -> {
            Map<String, Object> levels = AuthoringCellMap.child(indicator.map(), "levels");
            if (levels.containsKey(level)) {
                table.problem(line, "level", "scorecard.problem.levelTwice", level);
                return;
            }
            String path = indicator.path() + ".levels." + level;
            cells.put(path, table.cell(line, "level"));
            levels.put(level, cells.texts(table, line, "description", path, true));
        });
    }

    /** Thresholds: indicator, level, value: the value at which a measured indicator reaches the level. */
    void thresholds(AuthoringTable table) {
        each(table, (line, indicator, level) -> {
            Map<String, Object> values =
                    AuthoringCellMap.child(AuthoringCellMap.child(indicator.map(), "thresholds"), "levels");
            if (values.containsKey(level)) {
                table.problem(line, "level", "scorecard.problem.levelTwice", level);
                return;
            }
            String value = table.get(line, "value");
            cells.put(indicator.path() + ".thresholds.levels." + level, table.cell(line, "value"));
            values.put(level, value == null ? "" : value);
        });
    }

    /** Every row of an optional sheet that names a known indicator and a level; the others are noted as problems. */
    private void each(AuthoringTable table, LevelRow row) {
        if (table == null) {
            return;
        }
        for (AuthoringTable.Line line : table.lines()) {
            AuthoringWorkbookReader.Entry indicator = indicator(table, line);
            String level = level(table, line);
            if (indicator != null && level != null) {
                row.read(line, indicator, level);
            }
        }
    }

    private AuthoringWorkbookReader.Entry indicator(AuthoringTable table, AuthoringTable.Line line) {
        String code = table.get(line, "indicator");
        if (code == null) {
            table.problem(line, "indicator", "scorecard.authoring.required", "indicator");
            return null;
        }
        AuthoringWorkbookReader.Entry indicator = indicators.get(code);
        if (indicator == null) {
            table.problem(line, "indicator", "scorecard.authoring.unknownIndicator", code);
        }
        return indicator;
    }

    private static String level(AuthoringTable table, AuthoringTable.Line line) {
        String level = table.get(line, "level");
        if (level == null) {
            table.problem(line, "level", "scorecard.authoring.required", "level");
        }
        return level;
    }
}
