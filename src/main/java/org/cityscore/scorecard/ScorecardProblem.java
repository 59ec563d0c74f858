package org.cityscore.scorecard;

import org.cityscore.text.Message;

/**
 * Something wrong in a scorecard file, located by file, key path and line so a trainer can fix it; {@code text} says
 * what, resolved in English for the API and the log, in the trainer's language on the scorecards page.
 */
public record ScorecardProblem(String file, String path, int line, Message text) {

    /** Where the problem is: "file.yaml: scale (line 4)". */
    public String where() {
        String at = path == null || path.isEmpty() ? "" : " " + path;
        return file + ":" + at + " (line " + line + ")";
    }

    @Override
    public String toString() {
        return where() + ": " + text;
    }
}
