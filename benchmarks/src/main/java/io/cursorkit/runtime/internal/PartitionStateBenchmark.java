package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.KeyBuilder;
import io.cursorkit.runtime.spi.StateSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The size of a partitioned stream's STATE and the time to write it, at 10 to 100,000 partitions
 * (benchmarks/RESULTS.md, "Partitioned state"). It drives the runtime's own {@link
 * PartitionCursors} (hence this package) as a sorted stream's checkpoint does: every partition has a
 * date cursor and one key at it, and each write has one live partition, whose entry is written
 * fresh while the others come from their cached text.
 *
 * <p>Run: {@code benchmarks/partitions.sh}, or {@code java -cp <benchmarks jar>
 * io.cursorkit.runtime.internal.PartitionStateBenchmark [partition counts...]}.
 */
public final class PartitionStateBenchmark {
    private static final SerializedString DATE = new SerializedString("date");

    private PartitionStateBenchmark() {}

    public static void main(String[] args) throws IOException {
        int[] counts = args.length == 0
                ? new int[] {10, 1_000, 10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int count : counts) {
            run(count, Math.max(count, 1), false); // warm-up: the JIT, the heap
        }
        System.out.println("| partitions | maxInState | STATE bytes | bytes per partition | first write (ms) |"
                + " later writes, median (ms) | writes/s |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int count : counts) {
            run(count, Math.max(count, 1), true);
            if (count > 10_000) {
                run(count, 10_000, true); // the default limit: the state stays at 10,000 partitions
            }
        }
    }

    private static void run(int count, int limit, boolean print) throws IOException {
        PartitionCursors<LocalDate> cursors = new PartitionCursors<>(ResumePoint.start(), Serializer.INSTANCE, limit);
        List<String> partitions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            partitions.add("\"T" + String.format("%06d", i) + "\"");
        }
        cursors.start(partitions);
        LocalDate base = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < count; i++) {
            LocalDate cursor = base.plusDays(i % 700);
            String key = new KeyBuilder()
                    .add("T" + String.format("%06d", i))
                    .add(JsonValues.format(cursor))
                    .build();
            cursors.move(i, cursor, List.of(key));
        }
        long start = System.nanoTime();
        String state = write(cursors, -1, null, null);
        double first = (System.nanoTime() - start) / 1e6;
        // later states: one partition live (being read), the others cached; enough writes for ~1 s
        int writes = Math.max(20, Math.min(20_000, 200_000_000 / Math.max(1, state.length())));
        double[] times = new double[writes];
        long total = 0;
        for (int i = 0; i < writes; i++) {
            int live = (i * 7919) % count;
            LocalDate cursor = base.plusDays(800 + i);
            long t = System.nanoTime();
            String text = write(cursors, live, cursor, List.of("[\"T\",\"" + cursor + "\"]"));
            times[i] = (System.nanoTime() - t) / 1e6;
            total += text.length();
        }
        if (total == 0) {
            throw new IllegalStateException("nothing written");
        }
        Arrays.sort(times);
        double median = times[writes / 2];
        if (!print) {
            return;
        }
        System.out.printf(
                "| %,d | %,d | %,d | %.0f | %.2f | %.3f | %,.0f |%n",
                count,
                limit,
                state.length(),
                (double) state.length() / Math.min(count, limit),
                first,
                median,
                1000 / median);
    }

    private static String write(PartitionCursors<LocalDate> cursors, int live, LocalDate cursor, List<String> keys)
            throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(text)) {
            cursors.write(g, DATE, live, cursor, keys);
        }
        return text.toString();
    }

    /** A date cursor, as the generated serializer of a {@code LocalDate} cursor writes it. */
    private enum Serializer implements StateSerializer<LocalDate, String> {
        INSTANCE;

        @Override
        public void writeCursor(LocalDate cursor, JsonGenerator out) throws IOException {
            out.writeString(JsonValues.format(cursor));
        }

        @Override
        public LocalDate readCursor(JsonNode value) throws JsonValueException {
            return JsonValues.localDate(value);
        }

        @Override
        public String cursorDescription() {
            return JsonValues.DATE;
        }

        @Override
        public void writeSlice(String slice, JsonGenerator out) throws IOException {
            out.writeString(slice);
        }
    }
}
