package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.ParentLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated class of a child stream ({@code @Partitions(parent = ...)}): the link to its parent's
 * adapter, the parent's records handed to the partitions method, and a partition read back from JSON.
 */
class ParentStreamTest {
    private static final Compiled SHOP = Compiled.of(
            "cases/parent",
            "ShopConfig.java",
            "Customer.java",
            "Customers.java",
            "Order.java",
            "Orders.java",
            "Note.java",
            "CustomerNotes.java",
            "Region.java",
            "Regions.java",
            "RegionNotes.java");

    private final GeneratedStream<Object, Object, Object, LocalDate, Object> orders = SHOP.stream("shop.Orders_Stream");
    private final Object config = config();

    @Test
    void theChildLinksToItsParentsAdapterAndIsNotSlicedByItself() throws Exception {
        ParentLink<Object, Object, ?, Object> link = orders.parentLink();
        assertNotNull(link, "a child stream has a parent link");
        assertEquals("customers", link.parent().info().name());
        assertTrue(orders.info().partitioned());
        assertEquals(100, orders.info().maxPartitions());
        Object author = orders.create(config);
        assertThrows(UnsupportedOperationException.class, () -> orders.slices(author, null));
        assertNull(SHOP.stream("shop.Customers_Stream").parentLink(), "the parent is an ordinary stream");
    }

    @Test
    void thePartitionsAreMadeFromTheRecordsTheParentsAdapterReads() throws Exception {
        List<Object> partitions = partitionsOf(orders);
        assertEquals(List.of("c1", "c2"), partitions);
        Object author = orders.create(config);
        try (CloseableIterator<Object> records =
                orders.read(author, partitions.get(1), LocalDate.parse("2024-01-05"))) {
            Object order = Compiled.drain(records).get(0);
            assertEquals("c2", Compiled.get(order, "customer"));
            assertEquals("2024-01-05", Compiled.get(order, "id"), "read gets the partition's since");
        }
    }

    @Test
    void aScalarPartitionIsReadBackFromItsJson() throws Exception {
        ParentLink<Object, Object, ?, Object> link = orders.parentLink();
        assertTrue(link.readsPartitions());
        assertEquals("c7", link.readPartition(new TextNode("c7")));
        assertThrows(
                JsonValueException.class,
                () -> link.readPartition(com.fasterxml.jackson.databind.node.IntNode.valueOf(3)));
    }

    @Test
    void aRecordPartitionIsTheParentRecordAndIsNotReadBack() throws Exception {
        GeneratedStream<Object, Object, Object, LocalDate, Object> notes = SHOP.stream("shop.CustomerNotes_Stream");
        List<Object> partitions = partitionsOf(notes);
        assertEquals("c1", Compiled.get(partitions.get(0), "id"));
        assertEquals("eu", Compiled.get(partitions.get(0), "name"), "the parent record itself, made with the config");
        assertFalse(notes.parentLink().readsPartitions());
        assertThrows(JsonValueException.class, () -> notes.parentLink().readPartition(new TextNode("c1")));
    }

    @Test
    void theConnectorListsParentAndChildren() {
        List<String> names = new ArrayList<>();
        SHOP.connector("shop.ShopConfig_Connector")
                .streams()
                .forEach(s -> names.add(s.info().name()));
        assertEquals(List.of("customer_notes", "customers", "orders", "region_notes", "regions"), names);
    }

    @Test
    void aParentWithoutCursorOrConfigIsLinkedTooAndItsDuplicatesAreTheRuntimesToDrop() throws Exception {
        GeneratedStream<Object, Object, Object, LocalDate, Object> notes = SHOP.stream("shop.RegionNotes_Stream");
        assertEquals("regions", notes.parentLink().parent().info().name());
        assertFalse(notes.parentLink().parent().info().incremental(), "read whole on every sync");
        assertEquals(List.of("eu", "us", "eu"), partitionsOf(notes), "as the author's method made them");
    }

    @Test
    void generatedChildMatchesGolden() throws IOException {
        String actual = Sources.generated(SHOP.compilation(), "shop/Orders_Stream.java");
        String golden = "golden/Orders_Stream.java";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources", golden), actual, StandardCharsets.UTF_8);
        }
        assertEquals(Sources.text(golden), actual, golden);
    }

    /** What the child's partitions method makes of the records its parent's own adapter reads. */
    private List<Object> partitionsOf(GeneratedStream<Object, Object, Object, LocalDate, Object> child)
            throws Exception {
        return partitions(child.parentLink(), child.create(config));
    }

    private <P> List<Object> partitions(ParentLink<Object, Object, P, Object> link, Object child) throws Exception {
        GeneratedStream<Object, ?, P, ?, ?> parent = link.parent();
        return fromParent(parent, link, child);
    }

    private <T, P, C extends Comparable<? super C>, S> List<Object> fromParent(
            GeneratedStream<Object, T, P, C, S> parent, ParentLink<Object, Object, P, Object> link, Object child)
            throws Exception {
        T author = parent.create(config);
        List<P> records = new ArrayList<>();
        try (CloseableIterator<P> read =
                parent.read(author, parent.slices(author, null).get(0), null)) {
            read.forEachRemaining(records::add);
        }
        return link.partitions(child, records.stream());
    }

    private static Object config() {
        try {
            return SHOP.connector("shop.ShopConfig_Connector")
                    .parseConfig(Compiled.parse("{\"region\":\"eu\"}"), w -> {});
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
