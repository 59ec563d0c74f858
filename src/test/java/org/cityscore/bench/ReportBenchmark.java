package org.cityscore.bench;

import java.util.concurrent.TimeUnit;
import org.cityscore.report.ReportBench;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Writing the PDF report of a fully answered 47-question UNDRR assessment in Chinese (CJK font subset embedded). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

    private ReportBench bench;

    /** The runner's 3 s of warm-up are a handful of reports when they take a few hundred ms cold: the JIT needs more. */
    @Setup
    public void setUp() {
        bench = new ReportBench();
        for (int i = 0; i < WARM_UP_REPORTS; i++) {
            bench.render();
        }
    }

    static final int WARM_UP_REPORTS = 200;

    @Benchmark
    public byte[] reportUndrr47QuestionsChinese() {
        return bench.render();
    }
}
