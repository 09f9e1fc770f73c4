package io.cursorkit.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.cursorkit.benchmarks.connector.StockPrice;
import io.cursorkit.benchmarks.connector.StockPriceGenerator;
import io.cursorkit.benchmarks.connector.StockPrices;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Baseline (a), the hand-written limit: the same protocol messages as the connector, written
 * straight through one {@link JsonGenerator} with pre-encoded names and constant values, on one
 * buffered stdout, flushed after every state. Nothing is allocated per record but the record.
 */
public final class HandWritten {
    private static final JsonFactory FACTORY = new JsonFactory();

    private static final SerializableString TYPE = name("type");
    private static final SerializableString RECORD = name("RECORD");
    private static final SerializableString RECORD_FIELD = name("record");
    private static final SerializableString STATE = name("STATE");
    private static final SerializableString STATE_FIELD = name("state");
    private static final SerializableString TRACE = name("TRACE");
    private static final SerializableString TRACE_FIELD = name("trace");
    private static final SerializableString STREAM = name("stream");
    private static final SerializableString STREAM_TYPE = name("STREAM");
    private static final SerializableString STREAM_NAME = name(StockPrices.NAME);
    private static final SerializableString DATA = name("data");
    private static final SerializableString EMITTED_AT = name("emitted_at");
    private static final SerializableString STREAM_DESCRIPTOR = name("stream_descriptor");
    private static final SerializableString NAME = name("name");
    private static final SerializableString STREAM_STATE = name("stream_state");
    private static final SerializableString CURSORKIT = name("cursorkit");
    private static final SerializableString KEYS_AT_CURSOR = name("keys_at_cursor");
    private static final SerializableString SOURCE_STATS = name("sourceStats");
    private static final SerializableString RECORD_COUNT = name("recordCount");
    private static final SerializableString STREAM_STATUS_TYPE = name("STREAM_STATUS");
    private static final SerializableString STREAM_STATUS = name("stream_status");
    private static final SerializableString STATUS = name("status");

    private static final SerializableString DATE = name("date");
    private static final SerializableString STOCK_TICKER = name("stock_ticker");
    private static final SerializableString OPEN = name("open");
    private static final SerializableString HIGH = name("high");
    private static final SerializableString LOW = name("low");
    private static final SerializableString CLOSE = name("close");
    private static final SerializableString VOLUME = name("volume");

    private final JsonGenerator out;

    private HandWritten(JsonGenerator out) {
        this.out = out;
    }

    /** {@code java ... HandWritten <record count>}: writes the read's messages to stdout. */
    public static void main(String[] args) throws IOException {
        long count = Baselines.recordCountOrExit(args, HandWritten.class);
        try (OutputStream stdout = Baselines.bufferedStdout()) {
            run(count, stdout);
        }
    }

    /** Writes the messages of a read of {@code count} records to {@code sink}, flushing at the end. */
    public static void run(long count, OutputStream sink) throws IOException {
        run(count, sink, FACTORY);
    }

    /**
     * The same with the generators of {@code factory}: only for comparisons ({@link
     * HandWrittenFastDoubles}); (a) itself is {@link #run(long, OutputStream)}.
     */
    static void run(long count, OutputStream sink, JsonFactory factory) throws IOException {
        try (JsonGenerator generator = factory.createGenerator(sink)) {
            generator.setRootValueSeparator(null);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            new HandWritten(generator).read(count);
        }
    }

    private void read(long count) throws IOException {
        CursorTracker tracker = CursorTracker.sorted();
        StockPriceGenerator records = new StockPriceGenerator(count);
        writeStatus("STARTED");
        boolean first = true;
        while (records.hasNext()) {
            StockPrice record = records.next();
            if (first) {
                writeStatus("RUNNING");
                first = false;
            }
            boolean stateDue = tracker.accept(record);
            writeRecord(record);
            if (stateDue) {
                writeState(tracker);
            }
        }
        writeState(tracker);
        writeStatus("COMPLETE");
    }

    private void writeRecord(StockPrice record) throws IOException {
        out.writeStartObject();
        out.writeFieldName(TYPE);
        out.writeString(RECORD);
        out.writeFieldName(RECORD_FIELD);
        out.writeStartObject();
        out.writeFieldName(STREAM);
        out.writeString(STREAM_NAME);
        out.writeFieldName(DATA);
        writeData(record, out);
        out.writeFieldName(EMITTED_AT);
        out.writeNumber(System.currentTimeMillis());
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** Writes the record's data object, as a hand-written record writer would. */
    public static void writeData(StockPrice record, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeFieldName(DATE);
        out.writeString(record.date());
        out.writeFieldName(STOCK_TICKER);
        out.writeString(record.stockTicker());
        out.writeFieldName(OPEN);
        out.writeNumber(record.open());
        out.writeFieldName(HIGH);
        out.writeNumber(record.high());
        out.writeFieldName(LOW);
        out.writeNumber(record.low());
        out.writeFieldName(CLOSE);
        out.writeNumber(record.close());
        out.writeFieldName(VOLUME);
        out.writeNumber(record.volume());
        out.writeEndObject();
    }

    private void writeState(CursorTracker tracker) throws IOException {
        out.writeStartObject();
        out.writeFieldName(TYPE);
        out.writeString(STATE);
        out.writeFieldName(STATE_FIELD);
        out.writeStartObject();
        out.writeFieldName(TYPE);
        out.writeString(STREAM_TYPE);
        out.writeFieldName(STREAM);
        out.writeStartObject();
        writeDescriptor();
        out.writeFieldName(STREAM_STATE);
        out.writeStartObject();
        if (tracker.cursor() != null) {
            out.writeFieldName(DATE);
            out.writeString(tracker.cursor());
            out.writeFieldName(CURSORKIT);
            out.writeStartObject();
            out.writeFieldName(KEYS_AT_CURSOR);
            out.writeStartArray();
            for (StockPrice atCursor : tracker.atCursor()) {
                out.writeStartArray();
                out.writeString(atCursor.stockTicker());
                out.writeString(atCursor.date());
                out.writeEndArray();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndObject();
        out.writeEndObject();
        out.writeFieldName(SOURCE_STATS);
        out.writeStartObject();
        out.writeFieldName(RECORD_COUNT);
        out.writeNumber((double) tracker.takeCount());
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
        out.flush();
    }

    private void writeStatus(String status) throws IOException {
        out.writeStartObject();
        out.writeFieldName(TYPE);
        out.writeString(TRACE);
        out.writeFieldName(TRACE_FIELD);
        out.writeStartObject();
        out.writeFieldName(TYPE);
        out.writeString(STREAM_STATUS_TYPE);
        out.writeFieldName(EMITTED_AT);
        out.writeNumber(System.currentTimeMillis());
        out.writeFieldName(STREAM_STATUS);
        out.writeStartObject();
        writeDescriptor();
        out.writeFieldName(STATUS);
        out.writeString(status);
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
        out.flush();
    }

    private void writeDescriptor() throws IOException {
        out.writeFieldName(STREAM_DESCRIPTOR);
        out.writeStartObject();
        out.writeFieldName(NAME);
        out.writeString(STREAM_NAME);
        out.writeEndObject();
    }

    private static SerializableString name(String text) {
        SerializedString encoded = new SerializedString(text);
        encoded.asQuotedUTF8(); // encode once, here, not on first use
        return encoded;
    }
}
