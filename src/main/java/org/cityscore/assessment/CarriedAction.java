package org.cityscore.assessment;

import java.time.LocalDate;

/**
 * An open action of the city aimed at an indicator, shown beside it on the entry page of a later assessment: the
 * year it comes from (its assessment's, else the year it was made), its status, due date (or null) and title.
 */
public record CarriedAction(long id, String indicatorCode, int fromYear, String status, LocalDate due, String title) {

    /** The bundles' key of the status's name. */
    public String statusKey() {
        return switch (status) {
            case "in_progress" -> "action.status.in_progress";
            case "done" -> "action.status.done";
            case "dropped" -> "action.status.dropped";
            default -> "action.status.planned";
        };
    }
}
