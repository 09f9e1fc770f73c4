package io.cursorkit.benchmarks;

import io.cursorkit.benchmarks.baseline.HandWritten;
import io.cursorkit.benchmarks.connector.StockPrices;
import io.cursorkit.benchmarks.connector.StockQuotes;
import io.cursorkit.benchmarks.connector.SyntheticConfig_Connector;
import io.cursorkit.runtime.spi.Runner;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The hot path's cost where wall-clock time cannot be trusted (a machine shared with other work):
 * the CPU time of the reading thread per record, for the hand-written program and the connector
 * (state every 1000 records, and at the end only), in interleaved rounds after a warm-up round,
 * output discarded. Garbage collection and JIT compilation run on other threads and are left
 * out; the whole-process runs of run.sh include them.
 *
 * <p>{@code java -cp benchmarks.jar io.cursorkit.benchmarks.InProcessCpu <records> <rounds>}
 * prints one line per program: {@code name median-ns-per-record min-ns-per-record}.
 */
public final class InProcessCpu {
    private static final String[] NAMES = {"handWritten", "cursorkitStateEvery1000", "cursorkitStateAtEnd"};

    private InProcessCpu() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println(
                    "usage: java -cp benchmarks.jar " + InProcessCpu.class.getName() + " <records> <rounds>");
            System.exit(2);
        }
        long records = Setup.count(args[0]);
        int rounds = (int) Math.max(1, Math.min(1000, Setup.count(args[1])));
        Path directory = Files.createTempDirectory("cursorkit-cpu");
        Setup.main(new String[] {directory.toString(), Long.toString(records)});
        String[][] reads = {null, readArgs(directory, StockPrices.NAME), readArgs(directory, StockQuotes.NAME)};

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SyntheticConfig_Connector connector = new SyntheticConfig_Connector();
        OutputStream discard = OutputStream.nullOutputStream();
        double[][] nanosPerRecord = new double[NAMES.length][rounds];
        for (int round = -1; round < rounds; round++) { // round -1 warms up
            for (int program = 0; program < NAMES.length; program++) {
                long start = threads.getCurrentThreadCpuTime();
                if (reads[program] == null) {
                    HandWritten.run(records, discard);
                } else if (Runner.run(reads[program], connector, discard, System.err) != 0) {
                    throw new IllegalStateException(NAMES[program] + " failed");
                }
                long spent = threads.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    nanosPerRecord[program][round] = spent / (double) records;
                }
            }
        }
        for (int program = 0; program < NAMES.length; program++) {
            double[] sorted = nanosPerRecord[program].clone();
            Arrays.sort(sorted);
            System.out.printf("%s %.1f %.1f%n", NAMES[program], sorted[rounds / 2], sorted[0]);
        }
        for (String file : new String[] {
            "config.json", "catalog-" + StockPrices.NAME + ".json", "catalog-" + StockQuotes.NAME + ".json"
        }) {
            Files.deleteIfExists(directory.resolve(file));
        }
        Files.deleteIfExists(directory);
    }

    private static String[] readArgs(Path directory, String stream) {
        return new String[] {
            "read",
            "--config",
            directory.resolve("config.json").toString(),
            "--catalog",
            directory.resolve("catalog-" + stream + ".json").toString()
        };
    }
}
