package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated class of a {@code @Partitions} stream: its info, partitions, read and partition JSON. */
class PartitionsTest {
    private static final Compiled PARTS = Compiled.of(
            "cases/partitions", "BillingConfig.java", "Account.java", "Invoice.java", "Invoices.java", "Payments.java");

    private final GeneratedStream<Object, Object, Object, Instant, Object> invoices =
            PARTS.stream("parts.Invoices_Stream");

    @Test
    void infoSaysPartitionedWithItsLimitAndNotSliced() {
        StreamInfo info = invoices.info();
        assertTrue(info.partitioned());
        assertFalse(info.sliced());
        assertEquals(500, info.maxPartitions());
        assertEquals(50, info.checkpointInterval());
        StreamInfo payments = PARTS.stream("parts.Payments_Stream").info();
        assertEquals(10_000, payments.maxPartitions(), "the documented default");
    }

    @Test
    void partitionsAreListedInOrderAndReadGetsThePartitionAndItsSince() throws Exception {
        Object config = PARTS.connector("parts.BillingConfig_Connector")
                .parseConfig(Compiled.parse("{\"accounts\":[\"x\",\"y\"]}"), w -> {});
        Object author = invoices.create(config);
        List<Object> partitions = invoices.slices(author, Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals(2, partitions.size());
        assertEquals("x", Compiled.get(partitions.get(0), "id"));
        List<Object> notes = new ArrayList<>();
        try (CloseableIterator<Object> records =
                invoices.read(author, partitions.get(1), Instant.parse("2024-02-01T00:00:00Z"))) {
            Compiled.drain(records).forEach(r -> notes.add(Compiled.get(r, "account") + ":" + Compiled.get(r, "id")));
        }
        assertEquals(List.of("y:2024-02-01T00:00:00Z"), notes);
    }

    @Test
    void aRecordPartitionIsWrittenAsItsJsonObject() {
        StateSerializer<Instant, Object> serializer = invoices.stateSerializer();
        Object account = accountRecord();
        assertEquals("{\"id\":\"x\",\"region\":1}", Compiled.json(out -> serializer.writeSlice(account, out)));
    }

    private static Object accountRecord() {
        try {
            return PARTS.type("parts.Account")
                    .getConstructor(String.class, int.class)
                    .newInstance("x", 1);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
