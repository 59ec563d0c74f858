package org.cityscore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md is shared by several harnesses: each owns one section between markers and replaces only
 * that, so running one harness keeps the figures of the others.
 */
final class BenchmarkReport {

    static final String HEADER = """
            # Benchmarks

            Figures measured on this project's machines, written by the harnesses themselves. Run all of them with

            ```
            mvn -B -Pbench -DskipTests test
            ```

            Each section says what it measured, on which machine, and how to run it alone.
            """;

    private BenchmarkReport() {}

    static void replaceSection(Path file, String name, String content) throws IOException {
        String start = "<!-- section:" + name + " -->";
        String end = "<!-- /section:" + name + " -->";
        String text = Files.exists(file) ? Files.readString(file) : HEADER;
        if (!text.startsWith("# Benchmarks")) {
            text = HEADER;
        }
        String block = start + "\n" + content.strip() + "\n" + end;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        } else {
            text = text.stripTrailing() + "\n\n" + block + "\n";
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }
}
