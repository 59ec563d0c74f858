package org.cityscore.scoring;

import org.cityscore.text.Message;

/**
 * An answer that cannot be scored, with the indicator it is for and what to do about it, as a {@link Message}
 * resolved at the edge: in English for the API, in the reader's language on pages and in workbooks.
 */
public record AnswerProblem(String indicatorCode, Message text) {

    static AnswerProblem of(String indicatorCode, String code, Object... args) {
        return new AnswerProblem(indicatorCode, Message.of(code, args));
    }
}
