package org.cityscore.system;

import java.text.Normalizer;

/**
 * Text as people typed it, made safe to store and show: one Unicode form (NFC, so "Zürich" typed with a combined
 * or a decomposed ü is the same city), line breaks as LF, and no invisible controls. Control characters other
 * than tab and line feed (NUL, escape, …) and the bidi embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069), which let a name reorder the text around it, are removed.
 */
public final class UserText {

    private UserText() {}

    /** The cleaned text; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (isClean(text)) {
            return text;
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (!removed(c)) {
                kept.append(c);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (removed(c) || c == '\r') {
                return false;
            }
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    private static boolean removed(char c) {
        return (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
