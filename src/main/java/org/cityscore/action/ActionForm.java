package org.cityscore.action;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cityscore.assessment.Response;
import org.cityscore.system.TextLimit;

/**
 * The fields of the form that makes an action from an indicator, as typed or as prefilled from the answer's action
 * plan: the first line of its action text is the title, its responsible the owner, its timescale the due date when it
 * names one ({@code 2025-06-30}, {@code 2025-06} or {@code 2025}: the end of that month or year, as migration V22
 * read it), else a line of the description, after the rest of the action text.
 */
record ActionForm(String title, String description, String owner, String lead, String due) {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    static ActionForm prefilledFrom(Response answer) {
        if (answer == null) {
            return new ActionForm(null, null, null, null, null);
        }
        String text = blankToNull(answer.action());
        String timescale = blankToNull(answer.timescale());
        LocalDate due = dueIn(timescale);
        List<String> description = new ArrayList<>();
        String title = null;
        if (text != null) {
            int newline = text.indexOf('\n');
            String first = (newline < 0 ? text : text.substring(0, newline)).strip();
            String rest = newline < 0 ? "" : text.substring(newline + 1).strip();
            title = first;
            if (first.length() > TextLimit.Max.TITLE) {
                // the whole text stays readable in the description
                title = first.substring(0, TextLimit.Max.TITLE);
                rest = text;
            }
            if (!rest.isEmpty()) {
                description.add(rest);
            }
        }
        if (timescale != null && due == null) {
            description.add(timescale);
        }
        return new ActionForm(
                title,
                description.isEmpty() ? null : String.join("\n\n", description),
                blankToNull(answer.responsible()),
                null,
                due == null ? null : due.toString());
    }

    /** The last day a timescale names, or null when it is other text (or a year the action would refuse). */
    static LocalDate dueIn(String timescale) {
        if (timescale == null) {
            return null;
        }
        try {
            LocalDate due = DAY.matcher(timescale).matches()
                    ? LocalDate.parse(timescale)
                    : MONTH.matcher(timescale).matches()
                            ? YearMonth.parse(timescale).atEndOfMonth()
                            : YEAR.matcher(timescale).matches()
                                    ? LocalDate.of(Integer.parseInt(timescale), 12, 31)
                                    : null;
            return due == null || due.getYear() < 1900 || due.getYear() > 2200 ? null : due;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
