package io.cursorkit.benchmarks.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cursorkit.benchmarks.baseline.HandWritten;
import io.cursorkit.benchmarks.baseline.JsonNodeTree;
import io.cursorkit.benchmarks.connector.StockPrice;
import io.cursorkit.benchmarks.connector.StockPriceGenerator;
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
 * One record's {@code data} object written to a discarding stream: the generated record writer
 * against the hand-written one (the limit), Jackson data-binding by reflection, and a {@code
 * JsonNode} tree. Time per record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecordWriterBenchmark {
    private static final int RECORDS = 1024;

    private final StockPrice[] records = new StockPrice[RECORDS];
    private ObjectMapper mapper;
    private ObjectWriter reflective;
    private JsonGenerator out;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        StockPriceGenerator generator = new StockPriceGenerator(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            records[i] = generator.next();
        }
        mapper = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        reflective = mapper.writerFor(StockPrice.class);
        out = new JsonFactory().createGenerator(OutputStream.nullOutputStream());
        out.setRootValueSeparator(null);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        out.close();
    }

    private StockPrice nextRecord() {
        StockPrice record = records[next];
        next = (next + 1) & (RECORDS - 1);
        return record;
    }

    @Benchmark
    public void generated() throws IOException {
        StockPrices_RecordWriter.INSTANCE.write(nextRecord(), out);
    }

    @Benchmark
    public void handWritten() throws IOException {
        HandWritten.writeData(nextRecord(), out);
    }

    @Benchmark
    public void objectMapper() throws IOException {
        reflective.writeValue(out, nextRecord());
    }

    @Benchmark
    public void jsonNodeTree() throws IOException {
        mapper.writeTree(out, JsonNodeTree.toTree(nextRecord()));
    }
}
