package io.cursorkit.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.cursorkit.runtime.internal.ShortDecimalFactory;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Baseline (a) {@link HandWritten} with a faster double writer, for comparison only (not a target
 * of concurrency.sh; (a) itself stays the fixed reference): (a)'s own code with a generator that writes
 * doubles with Jackson's {@code StreamWriteFeature.USE_FAST_DOUBLE_WRITER} (Schubfach), or, with
 * {@code short} as second argument, through the runtime's own generator of stdout (Schubfach
 * plus the direct path for few decimals, {@code ShortDecimalFactory}). It answers how much of the
 * connector's lead over (a) is only its way of writing doubles (benchmarks/RESULTS.md,
 * "Concurrency").
 *
 * <p>{@code java -cp <benchmarks jar> io.cursorkit.benchmarks.baseline.HandWrittenFastDoubles <records> [jackson|short]}
 */
public final class HandWrittenFastDoubles {
    private static final JsonFactory JACKSON_FAST = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private HandWrittenFastDoubles() {}

    /** {@code java ... HandWrittenFastDoubles <record count> [jackson|short]}: the read's messages to stdout. */
    public static void main(String[] args) throws IOException {
        long count = Baselines.recordCountOrExit(
                args.length > 1 ? new String[] {args[0]} : args, HandWrittenFastDoubles.class);
        boolean runtimes = args.length > 1 && args[1].equals("short");
        try (OutputStream stdout = Baselines.bufferedStdout()) {
            HandWritten.run(count, stdout, runtimes ? ShortDecimalFactory.create() : JACKSON_FAST);
        }
    }
}
