package org.cityscore.system;

import java.util.Optional;
import org.cityscore.text.Message;

/**
 * The longest text each field takes, counted after {@link UserText#clean} in UTF-16 units (a character beyond
 * the Basic Multilingual Plane, such as an emoji, counts as two): the same rule at the API, in the forms and in
 * workbook imports, and never more than the database column holds. The README's table of limits is this enum.
 */
public enum TextLimit {
    CITY("city", Max.CITY),
    COUNTRY("country", Max.COUNTRY),
    TITLE("title", Max.TITLE),
    NOTES("notes", Max.NOTES),
    COMMENT("comment", Max.COMMENT),
    EVIDENCE("evidence", Max.EVIDENCE),
    ACTION("action", Max.ACTION),
    RESPONSIBLE("responsible", Max.RESPONSIBLE),
    TIMESCALE("timescale", Max.TIMESCALE),
    AUTHOR("author", Max.AUTHOR),
    PARTICIPANT_NAME("name", Max.PARTICIPANT_NAME),
    DEPARTMENT("department", Max.DEPARTMENT),
    GROUP_NAME("name", Max.GROUP_NAME),
    RATIONALE("rationale", Max.RATIONALE),
    JOIN_CODE("joinCode", Max.JOIN_CODE),
    REASON("reason", Max.REASON),
    DISPLAY_NAME("displayName", Max.DISPLAY_NAME),
    ORGANISATION("organisation", Max.ORGANISATION),
    TOKEN_NAME("name", Max.TOKEN_NAME);

    /** The message of {@code @Size(max = TextLimit.Max.CITY, message = TextLimit.TOO_LONG)}: a key of the bundles. */
    public static final String TOO_LONG = "{form.tooLong}";

    /** The limits as constants, for {@code @Size(max = TextLimit.Max.CITY)}. */
    public static final class Max {
        public static final int CITY = 200;
        public static final int COUNTRY = 200;
        public static final int TITLE = 300;
        public static final int NOTES = 20_000;
        public static final int COMMENT = 20_000;
        public static final int EVIDENCE = 20_000;
        public static final int ACTION = 20_000;
        public static final int RESPONSIBLE = 1_000;
        public static final int TIMESCALE = 1_000;
        // stored as "trainer (author)" beside a trainer name of up to 100 characters, in a column of 200
        public static final int AUTHOR = 90;
        public static final int PARTICIPANT_NAME = 200;
        public static final int DEPARTMENT = 200;
        public static final int GROUP_NAME = 200;
        public static final int RATIONALE = 20_000;
        public static final int JOIN_CODE = 20;
        public static final int REASON = 2_000;
        public static final int DISPLAY_NAME = 200;
        public static final int ORGANISATION = 200;
        public static final int TOKEN_NAME = 100;

        private Max() {}
    }

    /** A text over its limit: the field, and what to tell the reader. */
    public record TooLong(String field, Message text) {}

    private final String field;
    private final int max;

    TextLimit(String field, int max) {
        this.field = field;
        this.max = max;
    }

    public String field() {
        return field;
    }

    public int max() {
        return max;
    }

    /** What is wrong with this text for this field; empty when it fits (null fits). */
    public Optional<TooLong> check(String text) {
        if (text == null || text.length() <= max) {
            return Optional.empty();
        }
        return Optional.of(new TooLong(field, Message.of("text.tooLong", field, text.length(), max)));
    }
}
