package org.cityscore.scoring;

import java.util.List;

/**
 * An answer that cannot be scored, with the indicator it is for and what to do about it: the English
 * {@code message}, and a message {@code key} with its {@code args} for pages in other languages (null for
 * problems that have no key).
 */
public record AnswerProblem(String indicatorCode, String message, String key, List<String> args) {

    public AnswerProblem(String indicatorCode, String message) {
        this(indicatorCode, message, null, List.of());
    }

    static AnswerProblem of(String indicatorCode, String message, String key, String... args) {
        return new AnswerProblem(indicatorCode, message, key, List.of(args));
    }
}
