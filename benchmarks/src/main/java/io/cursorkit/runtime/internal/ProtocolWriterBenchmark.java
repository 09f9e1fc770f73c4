package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.cursorkit.benchmarks.baseline.HandWritten;
import io.cursorkit.benchmarks.connector.StockPrice;
import io.cursorkit.benchmarks.connector.StockPriceGenerator;
import io.cursorkit.benchmarks.connector.StockPrices;
import io.cursorkit.benchmarks.connector.StockPrices_RecordWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One whole RECORD message (envelope, data, {@code emitted_at}, newline) to a discarding stream:
 * through the runtime's {@link ProtocolWriter} with the generated record writer (what a read does
 * per record), against the same message written as (a) {@code HandWritten} writes it, through a
 * default {@link JsonFactory} generator. Time per record (benchmarks/RESULTS.md, "Concurrency").
 *
 * <p>Run: {@code java -jar <benchmarks jar> -f 1 -wi 3 -w 2s -i 5 -r 2s ProtocolWriterBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProtocolWriterBenchmark {
    private static final int RECORDS = 1024;
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString RECORD = new SerializedString("RECORD");
    private static final SerializedString RECORD_FIELD = new SerializedString("record");
    private static final SerializedString STREAM = new SerializedString("stream");
    private static final SerializedString NAME = new SerializedString(StockPrices.NAME);
    private static final SerializedString DATA = new SerializedString("data");
    private static final SerializedString EMITTED_AT = new SerializedString("emitted_at");

    private final StockPrice[] records = new StockPrice[RECORDS];
    private final StreamDescriptor stream = new StreamDescriptor(StockPrices.NAME, null);
    private ProtocolWriter runtime;
    private JsonGenerator handWritten;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        StockPriceGenerator generator = new StockPriceGenerator(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            records[i] = generator.next();
        }
        runtime = new ProtocolWriter(OutputStream.nullOutputStream());
        handWritten = new JsonFactory().createGenerator(OutputStream.nullOutputStream());
        handWritten.setRootValueSeparator(null);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        runtime.close();
        handWritten.close();
    }

    private StockPrice nextRecord() {
        StockPrice record = records[next];
        next = (next + 1) & (RECORDS - 1);
        return record;
    }

    @Benchmark
    public void runtime() throws IOException {
        runtime.record(stream, StockPrices_RecordWriter.INSTANCE, nextRecord());
    }

    @Benchmark
    public void handWritten() throws IOException {
        JsonGenerator out = handWritten;
        out.writeStartObject();
        out.writeFieldName(TYPE);
        out.writeString(RECORD);
        out.writeFieldName(RECORD_FIELD);
        out.writeStartObject();
        out.writeFieldName(STREAM);
        out.writeString(NAME);
        out.writeFieldName(DATA);
        HandWritten.writeData(nextRecord(), out);
        out.writeFieldName(EMITTED_AT);
        out.writeNumber(System.currentTimeMillis());
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
    }
}
