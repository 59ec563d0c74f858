package org.cityscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text lives in the message bundles: no string literal in src/main/java reads like a sentence a
 * person would be shown, in English or in a CJK or Cyrillic script. What may stay: log lines, exceptions no user sees
 * (the servlet container logs them), SQL, and a statement marked {@code // not user-facing: <why>} (format identifiers
 * such as the official UNDRR workbook's labels, or the console text of a start-up failure, printed before any page
 * exists).
 */
class NoTextInJavaTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern NON_LATIN =
            Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\u0400-\\u04ff]");
    private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]+[,:;]? [A-Za-z']+[,:;]? [A-Za-z']+");
    private static final Pattern SQL =
            Pattern.compile("^\\s*(select|insert|update|delete|alter|create|where|and|or|order|from|join|set)\\b.*"
                    + "|^[a-z0-9_, ]+$");
    private static final Pattern ALLOWED_STATEMENT = Pattern.compile("\\blog\\.(trace|debug|info|warn|error)\\("
            + "|new (IllegalState|IllegalArgument|UncheckedIO|NumberFormat|Unsupported[A-Za-z]*)Exception\\("
            + "|\\bsuper\\(|prepareStatement\\(|\\.execute(Query)?\\(|jdbc\\.sql\\(");
    private static final String MARKER = "// not user-facing:";

    @Test
    void noUserFacingLiteralIsLeftInTheJavaSources() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                found.addAll(literalsIn(file));
            }
        }
        assertThat(found)
                .as("user-facing texts belong in messages*.properties (or mark the line '" + MARKER + " why')")
                .isEmpty();
    }

    @Test
    void theCheckFindsASentenceAndChinese() {
        assertThat(literals("class A { String a() { return \"Choose a level first.\"; } }"))
                .hasSize(1);
        assertThat(literals("class A { String a() { return \"总分\"; } }")).hasSize(1);
        assertThat(literals("class A { void a() { log.info(\"Loaded the sample {}\", 1); } }"))
                .isEmpty();
        assertThat(literals("class A { String a() { return \"select id from assessment\"; } }"))
                .isEmpty();
    }

    private static List<String> literalsIn(Path file) throws IOException {
        return literals(Files.readString(file)).stream()
                .map(found -> file + ": " + found)
                .toList();
    }

    static List<String> literals(String source) {
        List<String> found = new ArrayList<>();
        String masked = mask(source);
        String[] lines = source.split("\n", -1);
        int offset = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String trimmed = line.strip();
            boolean comment = trimmed.startsWith("*") || trimmed.startsWith("//") || trimmed.startsWith("/*");
            boolean marked =
                    line.contains(MARKER) || (n > 0 && lines[n - 1].strip().startsWith(MARKER));
            if (!comment && !marked) {
                Matcher literal = LITERAL.matcher(line.replaceAll("//.*$", ""));
                while (literal.find()) {
                    String text = literal.group(1);
                    boolean reads = NON_LATIN.matcher(text).find()
                            || SENTENCE.matcher(text).find();
                    if (reads
                            && !SQL.matcher(text).matches()
                            && !allowed(statement(source, masked, offset + literal.start()))) {
                        found.add((n + 1) + ": \"" + text + "\"");
                    }
                }
            }
            offset += line.length() + 1;
        }
        return found;
    }

    /** The statement around a position: from the previous ';', '{' or '}' to the next ';', outside literals. */
    private static String statement(String source, String masked, int at) {
        int start = Math.max(
                Math.max(masked.lastIndexOf(';', at), masked.lastIndexOf('{', at)), masked.lastIndexOf('}', at));
        int end = masked.indexOf(';', at);
        return source.substring(start + 1, end < 0 ? source.length() : end);
    }

    /** The source with every literal's content blanked, so that a ';' in a text does not end a statement. */
    private static String mask(String source) {
        Matcher literal = LITERAL.matcher(source);
        StringBuilder masked = new StringBuilder(source);
        while (literal.find()) {
            for (int i = literal.start(1); i < literal.end(1); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        return masked.toString();
    }

    private static boolean allowed(String statement) {
        return statement.contains(MARKER)
                || ALLOWED_STATEMENT.matcher(statement).find();
    }
}
