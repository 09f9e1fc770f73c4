package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.ParentLink;
import io.cursorkit.runtime.spi.RecordWriter;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A child stream shaped like generated code: its partitions are the tickers of its parent's rows
 * (an account's id), its rows those of {@link #rows} for each partition. What it was given is
 * recorded, so tests see which partitions came from where.
 */
final class ChildTestStream
        implements GeneratedStream<TestConfig, TestStream.Source, Row, LocalDate, String>,
                ParentLink<TestConfig, TestStream.Source, Row, String> {
    /** The child's rows per partition, read as a partitioned {@link TestStream}. */
    final TestStream rows;

    final TestStream parent;
    /** Whether partitions read back from JSON (false: as a record partition without that form would). */
    boolean readable = true;
    /** The partitions each sync read, in order. */
    final List<String> read = new ArrayList<>();

    ChildTestStream(String name, int interval, int maxPartitions, TestStream parent) {
        this.rows = TestStream.partitioned(name, interval, maxPartitions);
        this.parent = parent;
    }

    ChildTestStream add(String partition, Row... more) {
        rows.add(partition, more);
        return this;
    }

    @Override
    public StreamInfo info() {
        return rows.info();
    }

    @Override
    public TestStream.Source create(TestConfig config) {
        return rows.create(config);
    }

    @Override
    public List<String> slices(TestStream.Source stream, LocalDate since) {
        throw new AssertionError("a child's partitions come from its parent, not from slices()");
    }

    @Override
    public CloseableIterator<Row> read(TestStream.Source stream, String partition, LocalDate since) {
        read.add(partition);
        rows.rows.computeIfAbsent(partition, p -> new ArrayList<>());
        return rows.read(stream, partition, since);
    }

    @Override
    public LocalDate cursor(Row record) {
        return rows.cursor(record);
    }

    @Override
    public String primaryKey(Row record) {
        return rows.primaryKey(record);
    }

    @Override
    public RecordWriter<Row> recordWriter() {
        return rows.recordWriter();
    }

    @Override
    public StateSerializer<LocalDate, String> stateSerializer() {
        return rows.stateSerializer();
    }

    @Override
    public ParentLink<TestConfig, TestStream.Source, Row, String> parentLink() {
        return this;
    }

    @Override
    public GeneratedStream<TestConfig, ?, Row, ?, ?> parent() {
        return parent;
    }

    @Override
    public List<String> partitions(TestStream.Source child, java.util.stream.Stream<Row> parentRecords) {
        return parentRecords.map(Row::ticker).toList();
    }

    @Override
    public boolean readsPartitions() {
        return readable;
    }

    @Override
    public String readPartition(JsonNode value) throws JsonValueException {
        if (!readable) {
            throw new JsonValueException("nothing: the partitions have no JSON form to read", value);
        }
        return JsonValues.string(value);
    }
}
