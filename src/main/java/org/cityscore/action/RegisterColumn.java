package org.cityscore.action;

/**
 * The columns of the action register's workbook, in their order (A to J): the field each holds and the message key
 * of its header. The export writes them and the import reads them by this one list.
 */
public enum RegisterColumn {
    ID("id", "actions.sheet.col.id"),
    SCORECARD("scorecardId", "actions.sheet.col.scorecard"),
    INDICATORS("indicatorCodes", "actions.sheet.col.indicators"),
    TITLE("title", "actions.sheet.col.title"),
    DESCRIPTION("description", "actions.sheet.col.description"),
    OWNER("owner", "actions.sheet.col.owner"),
    LEAD("lead", "actions.sheet.col.lead"),
    DUE("due", "actions.sheet.col.due"),
    STATUS("status", "actions.sheet.col.status"),
    UPDATED("updatedAt", "actions.sheet.col.updated");

    private final String field;
    private final String headerKey;

    RegisterColumn(String field, String headerKey) {
        this.field = field;
        this.headerKey = headerKey;
    }

    /** The action's field the column holds, as the API names it. */
    public String field() {
        return field;
    }

    /** The message key of the column's header. */
    public String headerKey() {
        return headerKey;
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
