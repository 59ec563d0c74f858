package org.cityscore.action;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.system.TextLimit;
import org.cityscore.system.UserText;
import org.cityscore.text.Message;

/** The bounds of an action's fields, checked the same way for a new action, a change and an update. */
final class ActionRules {

    static final String PLANNED = "planned";
    static final String IN_PROGRESS = "in_progress";
    static final String DONE = "done";
    static final Set<String> STATUSES = Set.of(PLANNED, IN_PROGRESS, DONE, "dropped");
    static final int MAX_INDICATORS = 50;

    private ActionRules() {}

    /** The cleaned text, refused (422 naming the field) when over the limit; blank becomes null. */
    static String text(String field, String text, int max) {
        String cleaned = UserText.clean(text);
        if (cleaned == null || cleaned.isBlank()) {
            return null;
        }
        cleaned = cleaned.strip();
        if (cleaned.length() > max) {
            throw ActionException.rejected(field, Message.of("text.tooLong", field, cleaned.length(), max));
        }
        return cleaned;
    }

    static String title(String title) {
        String checked = text("title", title, TextLimit.Max.TITLE);
        if (checked == null) {
            throw ActionException.rejected("title", Message.of("action.error.titleRequired"));
        }
        return checked;
    }

    static String status(String field, String status) {
        if (status == null || status.isBlank()) {
            throw ActionException.rejected(field, Message.of("action.error.statusRequired"));
        }
        if (!STATUSES.contains(status)) {
            throw ActionException.rejected(field, Message.of("action.error.status", status));
        }
        return status;
    }

    static String description(String text) {
        return text("description", text, TextLimit.Max.ACTION);
    }

    static String owner(String text) {
        return text("owner", text, TextLimit.Max.RESPONSIBLE);
    }

    static String lead(String text) {
        return text("lead", text, TextLimit.Max.DISPLAY_NAME);
    }

    static LocalDate due(String due) {
        if (due == null || due.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(due.strip());
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                throw ActionException.rejected("due", Message.of("action.error.due", due));
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ActionException.rejected("due", Message.of("action.error.due", cut(due)));
        }
    }

    /** The codes without repeats, each an indicator of the scorecard; at least one, at most {@link #MAX_INDICATORS}. */
    static List<String> indicators(List<String> codes, ScorecardDefinition scorecard) {
        if (codes == null || codes.isEmpty()) {
            throw ActionException.rejected("indicatorCodes", Message.of("action.error.indicatorsRequired"));
        }
        if (codes.size() > MAX_INDICATORS) {
            throw ActionException.rejected(
                    "indicatorCodes", Message.of("action.error.tooManyIndicators", MAX_INDICATORS, codes.size()));
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            if (scorecard.indicator(code).isEmpty()) {
                throw ActionException.rejected(
                        "indicatorCodes[" + i + "]", Message.of("action.error.indicator", cut(code), scorecard.id()));
            }
            kept.add(code);
        }
        return new ArrayList<>(kept);
    }

    /** At most 60 characters of what was typed, to quote it in a message. */
    static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60);
    }
}
