package io.cursorkit.benchmarks.baseline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.benchmarks.connector.StockPrice;
import io.cursorkit.benchmarks.connector.StockPriceGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Baseline (b), the reflection-based CDK: every message is an object tree of protocol classes
 * (the record itself as the data) turned into a {@code String} by {@link
 * ObjectMapper#writeValueAsString} and printed on a buffered stdout, flushed after every state.
 */
public final class ObjectMapperPerMessage {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ObjectMapperPerMessage() {}

    /** {@code java ... ObjectMapperPerMessage <record count>}: writes the read's messages to stdout. */
    public static void main(String[] args) throws IOException {
        long count = Baselines.recordCountOrExit(args, ObjectMapperPerMessage.class);
        try (PrintStream stdout = new PrintStream(Baselines.bufferedStdout(), false, StandardCharsets.UTF_8)) {
            run(count, stdout);
        }
    }

    /** Writes the messages of a read of {@code count} records to {@code sink}, flushing at the end. */
    public static void run(long count, OutputStream sink) throws IOException {
        PrintStream out =
                sink instanceof PrintStream print ? print : new PrintStream(sink, false, StandardCharsets.UTF_8);
        CursorTracker tracker = CursorTracker.sorted();
        StockPriceGenerator records = new StockPriceGenerator(count);
        emit(out, Pojos.Message.status("STARTED"), true);
        boolean first = true;
        while (records.hasNext()) {
            StockPrice record = records.next();
            if (first) {
                emit(out, Pojos.Message.status("RUNNING"), true);
                first = false;
            }
            boolean stateDue = tracker.accept(record);
            emit(out, Pojos.Message.record(record), false);
            if (stateDue) {
                emit(out, Pojos.Message.state(tracker), true);
            }
        }
        emit(out, Pojos.Message.state(tracker), true);
        emit(out, Pojos.Message.status("COMPLETE"), true);
        out.flush();
    }

    private static void emit(PrintStream out, Pojos.Message message, boolean flush) throws IOException {
        out.println(MAPPER.writeValueAsString(message));
        if (flush) {
            out.flush();
        }
    }
}
