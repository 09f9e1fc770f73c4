package shop;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.KeyBuilder;
import io.cursorkit.runtime.spi.ParentLink;
import io.cursorkit.runtime.spi.RecordWriter;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Stream {@code orders}, as the runtime drives {@link Orders}.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class Orders_Stream<G> implements GeneratedStream<G, Orders, Order, LocalDate, String>, ParentLink<G, Orders, Customer, String> {
    private static final StreamInfo INFO = new StreamInfo("orders", null, "placed", List.of("customer", "id"), 10, false, 100);

    @Override
    public StreamInfo info() {
        return INFO;
    }

    @Override
    public Orders create(G config) throws Exception {
        return new Orders();
    }

    @Override
    public List<String> slices(Orders stream, LocalDate since) {
        throw new UnsupportedOperationException("the partitions of orders come from its parent Customers: see partitions()");
    }

    @Override
    public CloseableIterator<Order> read(Orders stream, String slice, LocalDate since) throws
            Exception {
        return CloseableIterator.of(stream.read(slice, since));
    }

    @Override
    public LocalDate cursor(Order record) {
        return record.placed();
    }

    @Override
    public String primaryKey(Order record) {
        KeyBuilder key = new KeyBuilder();
        String customer = record.customer();
        key.add(customer);
        String id = record.id();
        key.add(id);
        return key.build();
    }

    @Override
    public RecordWriter<Order> recordWriter() {
        return Orders_RecordWriter.INSTANCE;
    }

    @Override
    public StateSerializer<LocalDate, String> stateSerializer() {
        return Orders_StateSerializer.INSTANCE;
    }

    @Override
    public ParentLink<G, Orders, ?, String> parentLink() {
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public GeneratedStream<G, ?, Customer, ?, ?> parent() {
        // Customers takes the connector's config and this stream none: G is that config
        return (GeneratedStream<G, ?, Customer, ?, ?>) (GeneratedStream<?, ?, Customer, ?, ?>) new Customers_Stream();
    }

    @Override
    public List<String> partitions(Orders stream, Stream<Customer> parentRecords) throws Exception {
        try (Stream<String> slices = stream.customers(parentRecords)) {
            List<String> result = new ArrayList<String>();
            slices.forEachOrdered(result::add);
            return result;
        }
    }

    @Override
    public boolean readsPartitions() {
        return true;
    }

    @Override
    public String readPartition(JsonNode value) throws JsonValueException {
        return JsonValues.string(value);
    }
}
