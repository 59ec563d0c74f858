package org.cityscore.bench;

import java.util.concurrent.TimeUnit;
import org.cityscore.excel.ExcelBench;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Reading a filled 47-question UNDRR workbook (open, check every row), and writing a blank template. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExcelBenchmark {

    private ExcelBench bench;

    @Setup
    public void setUp() throws Exception {
        bench = new ExcelBench();
    }

    @Benchmark
    public Object importFilled47QuestionWorkbook() {
        return bench.readFilled();
    }

    @Benchmark
    public byte[] exportTemplate() throws Exception {
        return bench.writeTemplate();
    }
}
