package org.cityscore.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every JMH benchmark in this package and writes the figures, the machine and the command to
 * {@code docs/benchmarks.md}. Started by {@code mvn -Pbench -DskipTests test} (see the README).
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {}

    public static void main(String[] args) throws RunnerException, IOException {
        if (Boolean.getBoolean("bench.jmh.skip")) {
            return;
        }
        Path target = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        String include = args.length > 1 ? args[1] : BenchmarkRunner.class.getPackageName() + ".*";
        Options options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        BenchmarkReport.replaceSection(target, "jmh", report(results));
        System.out.println("Wrote " + target.toAbsolutePath());
    }

    static String report(Collection<RunResult> results) {
        StringBuilder out = new StringBuilder("""
                ## Scoring and scorecard parsing (JMH)

                JMH 1.37, 1 fork, 3 warm-up and 5 measured iterations of 1 s each. Alone:
                `mvn -B -Pbench -DskipTests test -Dbench.load.skip=true` (a subset: `-Dbench.include=<regex>`)

                """);
        out.append("Measured on ")
                .append(LocalDate.now())
                .append(": ")
                .append(Machine.describe())
                .append("\n\n");
        out.append(
                "| benchmark | what it measures | median | mean | ± 99.9 % error | unit |\n|---|---|---:|---:|---:|---|\n");
        results.stream()
                .sorted(Comparator.comparing(result -> result.getParams().getBenchmark()))
                .forEach(result -> {
                    var primary = result.getPrimaryResult();
                    String name = result.getParams().getBenchmark();
                    out.append("| `")
                            .append(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1))
                            .append("` | ")
                            .append(Descriptions.of(name))
                            .append(" | ")
                            .append(String.format(
                                    Locale.ROOT, "%.3f", primary.getStatistics().getPercentile(50)))
                            .append(" | ")
                            .append(String.format(Locale.ROOT, "%.3f", primary.getScore()))
                            .append(" | ")
                            .append(String.format(Locale.ROOT, "%.3f", primary.getScoreError()))
                            .append(" | ")
                            .append(primary.getScoreUnit())
                            .append(" |\n");
                });
        out.append("""

                Time per operation, warm (after the warm-up); lower is better. The median of sampled operations where the
                benchmark samples each call (workbooks), else of the iteration means. On 2 shared cores the error bars are wide: compare
                figures from one run with each other, not across machines.
                """);
        return out.toString();
    }
}
