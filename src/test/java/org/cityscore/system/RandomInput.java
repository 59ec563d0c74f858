package org.cityscore.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random input from one seeded {@link Random}: JSON bodies (wrong types, nulls, nested garbage, huge and tiny numbers,
 * long strings, surrogates, NUL, bidi overrides, missing and extra fields, broken syntax), path segments and query
 * values. The same seed gives the same requests.
 */
final class RandomInput {

    static final String[] NUMBERS = {
        "0",
        "-1",
        "3",
        "2.9",
        "1e999999999",
        "-1e999999999",
        "1e20000000",
        "1e-20",
        "1e-999999999",
        "4.9e-324",
        "1.7976931348623157e308",
        "123456789012345678901234567890",
        "-0",
        "0.0000001",
        "99999",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "1E+2",
        "100.000000000000000001"
    };
    private static final String[] BROKEN = {
        "",
        "{",
        "[",
        "{\"a\":}",
        "nul",
        "NaN",
        "Infinity",
        "{'level':3}",
        "[1,]",
        "\"\\ud800\"",
        "{\"level\":3}}",
        "{\"level\":3,}",
        "\u0000",
        "{\"level\":0x10}",
        "{\"level\":+1}",
        "{\"level\":.5}"
    };
    private static final String[] NASTY = {
        "\u0000",
        "\u202E",
        "\u2066",
        "\uFEFF",
        "\u200B",
        "\r\n",
        "\t",
        "\u0007",
        "\u001B[31m",
        "\uD83C\uDFD9",
        "\uD800",
        "\uDC00",
        "u\u0308",
        "\u00FC",
        "Z\u00FCrich",
        "Zu\u0308rich",
        "\u51EF\u91CC",
        "'",
        "\"",
        "\\",
        "<script>alert(1)</script>",
        "=HYPERLINK(\"x\")",
        "' OR 1=1 --",
        "${7*7}",
        "../",
        "%00",
        "\uFFFF",
        "\u0085",
        "\u2028"
    };

    private final Random random;

    RandomInput(Random random) {
        this.random = random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A text of a length that probes the limits: empty, short, just over 200 or 1,000, over 20,000, rarely 30,000. */
    String text() {
        int length = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> between(195, 260);
            case 2 -> between(990, 1100);
            case 3 -> random.nextInt(50) == 0 ? 30_000 : between(19_990, 20_050);
            default -> between(1, 30);
        };
        StringBuilder text = new StringBuilder(length + 8);
        while (text.length() < length) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(pick(NASTY));
                case 1 -> text.append((char) between(0x4E00, 0x9FA5));
                default -> text.append((char) between(0x20, 0x7E));
            }
        }
        return text.length() > length ? text.substring(0, length) : text.toString();
    }

    /** Any JSON value, or now and then text that is no JSON at all. */
    String anyValue(int depth) {
        int kind = random.nextInt(depth > 2 ? 6 : 9);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> pick(NUMBERS);
            case 3 -> String.valueOf(random.nextInt());
            case 4, 5 -> HostileHttp.quote(text());
            case 6 -> array(depth + 1);
            case 7 -> object(Map.of(), depth + 1);
            default -> pick(BROKEN);
        };
    }

    private String array(int depth) {
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            items.add(anyValue(depth));
        }
        return "[" + String.join(",", items) + "]";
    }

    /**
     * An object with the expected fields, each present or missing, most with a plausible value and the rest with
     * any value; sometimes an extra or a repeated field; now and then a body that is no object at all.
     */
    String object(Map<String, Supplier<String>> fields, int depth) {
        if (depth == 0 && chance(0.06)) {
            return anyValue(3);
        }
        List<String> members = new ArrayList<>();
        fields.forEach((name, plausible) -> {
            if (chance(0.8)) {
                members.add(HostileHttp.quote(name) + ":" + (chance(0.7) ? plausible.get() : anyValue(depth + 1)));
            }
        });
        if (chance(0.2) || fields.isEmpty()) {
            members.add(HostileHttp.quote(
                            chance(0.5) ? text() : pick("id", "version", "status", "final", "__proto__", "class"))
                    + ":" + anyValue(depth + 1));
        }
        if (!members.isEmpty() && chance(0.05)) {
            members.add(members.get(0));
        }
        Collections.shuffle(members, random);
        return "{" + String.join(",", members) + "}";
    }

    Map<String, Supplier<String>> fields(Object... namesAndValues) {
        Map<String, Supplier<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            Supplier<String> value = (Supplier<String>) namesAndValues[i + 1];
            fields.put((String) namesAndValues[i], value);
        }
        return fields;
    }

    String quotedText() {
        return HostileHttp.quote(text());
    }

    /** A path segment or query value, percent-encoded byte by byte where needed: odd characters, encoded separators, long. */
    String segment(String... plausible) {
        String raw = switch (random.nextInt(6)) {
            case 0 -> plausible.length == 0 ? shortText() : pick(plausible);
            case 1 ->
                pick(
                        "..",
                        ".",
                        "%",
                        "/",
                        "\\",
                        "\u0000",
                        ";",
                        "a;b=c",
                        "-1",
                        "0",
                        "9223372036854775808",
                        "1e3",
                        " ",
                        "~",
                        "null",
                        "undefined",
                        "E1/../E2",
                        "\u202E",
                        "P1.1",
                        "TSS 1");
            case 2 -> "x".repeat(between(200, 4000));
            default -> shortText();
        };
        return encode(raw);
    }

    private String shortText() {
        String text = text();
        return text.length() > 60 ? text.substring(0, 60) : text;
    }

    static String encode(String raw) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
