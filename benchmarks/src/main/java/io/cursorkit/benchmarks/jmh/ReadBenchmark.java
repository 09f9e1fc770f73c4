package io.cursorkit.benchmarks.jmh;

import io.cursorkit.benchmarks.Setup;
import io.cursorkit.benchmarks.baseline.HandWritten;
import io.cursorkit.benchmarks.connector.StockPrices;
import io.cursorkit.benchmarks.connector.StockQuotes;
import io.cursorkit.benchmarks.connector.SyntheticConfig_Connector;
import io.cursorkit.runtime.spi.Runner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A whole {@code read} of {@value #RECORDS} records in-process, output discarded: the runtime
 * with the generated stream, with a state every 1000 records and with one at the end only, and
 * the hand-written program. Time per record; JVM start-up and warm-up left out, unlike the
 * whole-process runs of run.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(ReadBenchmark.RECORDS)
public class ReadBenchmark {
    static final int RECORDS = 100_000;

    private final SyntheticConfig_Connector connector = new SyntheticConfig_Connector();
    private final OutputStream discard = OutputStream.nullOutputStream();
    private Path directory;
    private String[] checkpointed;
    private String[] unchecked;

    @org.openjdk.jmh.annotations.Setup(Level.Trial)
    public void writeInputs() throws IOException {
        directory = Files.createTempDirectory("cursorkit-jmh");
        Setup.main(new String[] {directory.toString(), Integer.toString(RECORDS)});
        checkpointed = args(StockPrices.NAME);
        unchecked = args(StockQuotes.NAME);
    }

    @TearDown(Level.Trial)
    public void deleteInputs() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private String[] args(String stream) {
        return new String[] {
            "read",
            "--config",
            directory.resolve("config.json").toString(),
            "--catalog",
            directory.resolve("catalog-" + stream + ".json").toString()
        };
    }

    @Benchmark
    public int cursorkitStateEvery1000() {
        return run(checkpointed);
    }

    @Benchmark
    public int cursorkitStateAtEnd() {
        return run(unchecked);
    }

    @Benchmark
    public void handWritten() throws IOException {
        HandWritten.run(RECORDS, discard);
    }

    private int run(String[] args) {
        int status = Runner.run(args, connector, discard, System.err);
        if (status != 0) {
            throw new IllegalStateException("read exited with status " + status);
        }
        return status;
    }
}
