package org.cityscore.scorecard;

import java.util.Map;

/** Finds the cell a loader's key path was read from: the path itself, else the nearest enclosing path that has one. */
final class AuthoringCells {

    private AuthoringCells() {}

    /** The cell ({@code indicators!F12}) of {@code path}, or of the nearest path above it; null when none has one. */
    static String of(String path, Map<String, String> cells) {
        String at = path == null ? "" : path;
        while (true) {
            String cell = cells.get(at);
            if (cell != null || at.isEmpty()) {
                return cell;
            }
            at = parent(at);
        }
    }

    /** {@code a[P1.1].levels.3} → {@code a[P1.1].levels} → {@code a[P1.1]} → {@code a} → "": codes may hold dots. */
    static String parent(String path) {
        if (path.endsWith("]")) {
            return path.substring(0, path.lastIndexOf('['));
        }
        int depth = 0;
        for (int i = path.length() - 1; i >= 0; i--) {
            char c = path.charAt(i);
            if (c == ']') {
                depth++;
            } else if (c == '[') {
                depth--;
            } else if (c == '.' && depth == 0) {
                return path.substring(0, i);
            }
        }
        return "";
    }
}
