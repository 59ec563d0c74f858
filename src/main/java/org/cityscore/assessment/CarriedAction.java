package org.cityscore.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * An action of the city aimed at an indicator, shown beside it on the entry page of a later assessment (when open) and
 * on the pages of the assessment it was made from: the year it comes from (its assessment's, else the year it was
 * made), its status, due date (or null) and title.
 */
public record CarriedAction(long id, String indicatorCode, int fromYear, String status, LocalDate due, String title) {

    /** The statuses an action may take, in the order a person chooses among them. */
    private static final List<String> STATUSES = List.of("planned", "in_progress", "done", "dropped");

    /** The statuses an update may give it, for the form beside the action. */
    public List<String> statuses() {
        return STATUSES;
    }

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
