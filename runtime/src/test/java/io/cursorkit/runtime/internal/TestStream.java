package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.KeyBuilder;
import io.cursorkit.runtime.spi.RecordWriter;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written stream shaped like generated code, over in-memory rows, with switches for the
 * situations the runtime must handle: slices, ties, unsorted rows, null cursors, failures.
 */
final class TestStream implements GeneratedStream<TestConfig, TestStream.Source, Row, LocalDate, String> {
    /** The author's stream object. */
    static final class Source {
        final TestConfig config;

        Source(TestConfig config) {
            this.config = config;
        }
    }

    private final StreamInfo info;
    /** Rows per slice; the slice {@code null} when the stream is not sliced. */
    final Map<String, List<Row>> rows = new LinkedHashMap<>();

    RuntimeException failOnCreate;
    /** Runs in {@code create}, with the configuration; may throw. */
    java.util.function.Consumer<TestConfig> onCreate = config -> {};
    /** Runs when the records are closed. */
    Runnable onClose = () -> {};

    RuntimeException failOnSlices;
    /** What {@code slices} lists instead of the keys of {@link #rows}, when not null. */
    List<String> listed;

    RuntimeException failOnClose;
    Throwable failInRead;
    /** Fail after this many rows of the failing slice (any slice when {@code failSlice} is null). */
    int failAfter = -1;

    String failSlice;
    String printWhileReading;
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    final List<LocalDate> sinceSeen = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Runs first in {@code read}, with the slice; may block (concurrent reads). */
    java.util.function.Consumer<String> onRead = slice -> {};
    /** What {@link #window} returns: the stream's {@code @CursorWindow}, or null. */
    io.cursorkit.runtime.spi.WindowBounds<LocalDate> window;
    /** What {@code withCursor} gives for a cursor the user may choose instead of the default. */
    java.util.function.Function<String, GeneratedStream<TestConfig, Source, Row, ?, String>> otherCursor =
            field -> null;

    TestStream(String name, boolean cursor, List<String> primaryKey, int interval, boolean sliced) {
        this(new StreamInfo(name, null, cursor ? "date" : null, primaryKey, interval, sliced));
    }

    TestStream(StreamInfo info) {
        this.info = info;
        if (!info.sliced() && !info.partitioned()) {
            rows.put(null, new ArrayList<>());
        }
    }

    /** An incremental stream with primary key [ticker, date] and the given interval. */
    static TestStream sorted(String name, int interval) {
        return new TestStream(name, true, List.of("ticker", "date"), interval, false);
    }

    /** An incremental stream partitioned by the keys of {@link #rows}, primary key [ticker, date]. */
    static TestStream partitioned(String name, int interval, int maxPartitions) {
        return new TestStream(
                new StreamInfo(name, null, "date", List.of("ticker", "date"), interval, false, maxPartitions));
    }

    /** A full refresh stream resumable by its key, the date ({@code @ResumableFullRefresh}). */
    static TestStream resumable(String name, int interval) {
        return new TestStream(StreamInfo.resumableFullRefresh(name, null, List.of("date"), interval));
    }

    TestStream add(String slice, Row... more) {
        rows.computeIfAbsent(slice, s -> new ArrayList<>()).addAll(List.of(more));
        return this;
    }

    TestStream add(Row... more) {
        return add(null, more);
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    @Override
    public io.cursorkit.runtime.spi.WindowBounds<LocalDate> window(TestConfig config) {
        return window;
    }

    @Override
    public Source create(TestConfig config) {
        if (failOnCreate != null) {
            throw failOnCreate;
        }
        onCreate.accept(config);
        return new Source(config);
    }

    @Override
    public List<String> slices(Source stream, LocalDate since) {
        if (failOnSlices != null) {
            throw failOnSlices;
        }
        return new ArrayList<>(listed != null ? listed : rows.keySet());
    }

    @Override
    public CloseableIterator<Row> read(Source stream, String slice, LocalDate since) {
        onRead.accept(slice);
        sinceSeen.add(since);
        opened.incrementAndGet();
        List<Row> list = List.copyOf(rows.get(slice));
        boolean failing = failInRead != null && (failSlice == null || failSlice.equals(slice));
        return new CloseableIterator<>() {
            int index;

            @Override
            public boolean hasNext() {
                if (failing && index == failAfter) {
                    sneakyThrow(failInRead);
                }
                return index < list.size();
            }

            @Override
            public Row next() {
                if (printWhileReading != null) {
                    System.out.println(printWhileReading);
                }
                return list.get(index++);
            }

            @Override
            public void close() {
                closed.incrementAndGet();
                onClose.run();
                if (failOnClose != null) {
                    throw failOnClose;
                }
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

    @Override
    public GeneratedStream<TestConfig, Source, Row, ?, String> withCursor(String field) {
        return field.equals(info.cursorField()) ? this : otherCursor.apply(field);
    }

    @Override
    public LocalDate cursor(Row record) {
        // a stream resumable by key has its key (the date) where a cursor would be
        return info.incremental() || info.resumableFullRefresh() ? record.date() : null;
    }

    @Override
    public String primaryKey(Row record) {
        if (info.primaryKey().isEmpty()) {
            return null;
        }
        if (info.resumableFullRefresh()) {
            return new KeyBuilder()
                    .add(record.date() == null ? null : JsonValues.format(record.date()))
                    .build();
        }
        return new KeyBuilder()
                .add(record.ticker())
                .add(record.date() == null ? null : JsonValues.format(record.date()))
                .build();
    }

    @Override
    public RecordWriter<Row> recordWriter() {
        return Writer.INSTANCE;
    }

    @Override
    public StateSerializer<LocalDate, String> stateSerializer() {
        return Serializer.INSTANCE;
    }

    /** Like a generated record writer. */
    enum Writer implements RecordWriter<Row> {
        INSTANCE;

        private static final SerializedString TICKER = new SerializedString("ticker");
        private static final SerializedString DATE = new SerializedString("date");
        private static final SerializedString PRICE = new SerializedString("price");

        @Override
        public void write(Row record, JsonGenerator out) throws IOException {
            out.writeStartObject();
            out.writeFieldName(TICKER);
            if (record.ticker() == null) {
                out.writeNull();
            } else {
                out.writeString(record.ticker());
            }
            out.writeFieldName(DATE);
            if (record.date() == null) {
                out.writeNull();
            } else {
                out.writeString(JsonValues.format(record.date()));
            }
            out.writeFieldName(PRICE);
            if (record.price() < 0) {
                throw new IllegalStateException("negative price");
            }
            out.writeNumber(record.price());
            out.writeEndObject();
        }
    }

    /** Like a generated state serializer: a date cursor, string slices. */
    enum Serializer implements StateSerializer<LocalDate, String> {
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

    static ConfigException configException(String message) {
        return new ConfigException(message);
    }
}
