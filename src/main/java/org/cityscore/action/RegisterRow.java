package org.cityscore.action;

import java.util.Map;

/**
 * One row of an uploaded action register as text, by column: {@code row} as Excel numbers it. A due date typed as a
 * date is given as {@code 2025-06-30}, a last update as {@code 2025-01-31T09:15:00.123} (UTC); blank cells are absent.
 */
public record RegisterRow(int row, Map<RegisterColumn, String> cells) {

    public RegisterRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, or null when it is blank. */
    public String get(RegisterColumn column) {
        return cells.get(column);
    }
}
