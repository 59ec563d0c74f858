package org.cityscore.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One request the suite sent and what came back, described so that a failure names the request at once. */
record Exchange(
        String method,
        String target,
        String sent,
        int status,
        Map<String, List<String>> headers,
        String body,
        long millis) {

    /** Status 0: the app gave no answer at all (connection refused or reset, timeout). */
    static Exchange noAnswer(String method, String target, String sent, Exception why) {
        return new Exchange(
                method, target, sent, 0, Map.of(), why.getClass().getSimpleName() + ": " + why.getMessage(), -1);
    }

    String header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    boolean isApi() {
        return target.startsWith("/api/") || target.equals("/api");
    }

    boolean succeeded() {
        return status >= 200 && status < 300;
    }

    String describe() {
        return method + " " + excerpt(target, 160)
                + (sent == null || sent.isEmpty() ? "" : " body " + excerpt(sent, 160)) + " -> "
                + (status == 0 ? "no answer" : status) + (millis > 1000 ? " after " + millis + " ms" : "") + " "
                + excerpt(body, 240);
    }

    /** The start and the length of a long text, with control characters made visible. */
    static String excerpt(String text, int limit) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(limit).forEach(c -> {
            if (Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.length() > limit ? shown + "… (" + text.length() + " chars)" : shown.toString();
    }
}
