package org.cityscore.scorecard;

/** Something wrong in a scorecard file, located by file, key path and line so a trainer can fix it. */
public record ScorecardProblem(String file, String path, int line, String message) {

    @Override
    public String toString() {
        String where = path == null || path.isEmpty() ? "" : " " + path;
        return file + ":" + where + " (line " + line + "): " + message;
    }
}
