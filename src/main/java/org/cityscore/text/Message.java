package org.cityscore.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A user-facing text named by its code in {@code messages*.properties} and its arguments. It is resolved at the edge:
 * in English for the API's {@code message}, in the reader's language on pages, workbooks, CSV and PDFs. Plain Java
 * without Spring, so that the scoring core can carry one.
 */
public record Message(String code, List<String> args) {

    public Message {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Message of(String code, Object... args) {
        return new Message(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The arguments as {@link java.text.MessageFormat} takes them. */
    public Object[] arguments() {
        return args.toArray();
    }

    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args;
    }
}
