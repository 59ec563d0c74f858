package org.cityscore.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action of a city, aimed at indicators of one scorecard: who owns it (an institution), who leads it (a person),
 * when it is due, its status ({@link ActionRules#STATUSES}) and the updates that brought it there; {@code createdFrom}
 * is the assessment it was made from, or null.
 */
public record Action(
        long id,
        long cityId,
        String scorecardId,
        List<String> indicatorCodes,
        String title,
        String description,
        String owner,
        String lead,
        LocalDate due,
        String status,
        List<Update> updates,
        Long createdFrom) {

    /** A step in the action's life: when, by whom, the status it then had, and a note. */
    public record Update(Instant at, String by, String status, String note) {}

    /** Open: planned or in progress. */
    public boolean open() {
        return ActionRules.PLANNED.equals(status) || ActionRules.IN_PROGRESS.equals(status);
    }

    /**
     * When the action was marked done: the time of the update that brought it to {@code done} (a later note that
     * keeps it done does not move it); null unless it is done now.
     */
    public Instant doneAt() {
        if (!ActionRules.DONE.equals(status)) {
            return null;
        }
        Instant at = null;
        String before = null;
        for (Update update : updates) {
            if (ActionRules.DONE.equals(update.status()) && !ActionRules.DONE.equals(before)) {
                at = update.at();
            }
            before = update.status();
        }
        return at;
    }

    /** Open and due before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return open() && due != null && due.isBefore(today);
    }
}
