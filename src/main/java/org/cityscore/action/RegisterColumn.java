package org.cityscore.action;

import java.util.Locale;

/**
 * The columns of the action register's workbook, in their order (A to J): the field each holds and the message key
 * of its header. The export writes them and the import reads them by this one list.
 */
public enum RegisterColumn {
    ID("id"),
    SCORECARD("scorecardId"),
    INDICATORS("indicatorCodes"),
    TITLE("title"),
    DESCRIPTION("description"),
    OWNER("owner"),
    LEAD("lead"),
    DUE("due"),
    STATUS("status"),
    UPDATED("updatedAt");

    private final String field;

    RegisterColumn(String field) {
        this.field = field;
    }

    /** The action's field the column holds, as the API names it. */
    public String field() {
        return field;
    }

    /** The message key of the column's header. */
    public String headerKey() {
        return "actions.sheet.col." + name().toLowerCase(Locale.ROOT);
    }

    /** The column's letter: A for the first. */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    /** The cell of this column in a row (1-based, as Excel shows it): {@code Actions!I7}. */
    public String cell(String sheet, int row) {
        return sheet + "!" + letter() + row;
    }
}
