package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.FarFutureCheck;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

#set( $mainClassName = "" )
#foreach( $word in $connectorName.split("-") )
#if( $word != "" )
#set( $mainClassName = "${mainClassName}${word.substring(0, 1).toUpperCase()}${word.substring(1)}" )
#end
#end
#set( $mainClassName = "${mainClassName}Main" )
/**
 * The connector as Airbyte runs it: a separate process, started through the main class the
 * processor generated, whose every line of output is checked against the Airbyte protocol by the
 * cursorkit test kit.
 */
class ConnectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Referring to the class, not to its name, makes a renamed connector a compile error here. */
    private static final ConnectorProcess CONNECTOR = ConnectorProcess.mainClass(${mainClassName}.class.getName());

    /** What the bundled orders.csv and customers.csv hold. */
    private static final int ORDERS = 30;

    private static final int CUSTOMERS = 8;

    private static JsonNode spec;
    private static ObjectNode config;
    private static JsonNode catalog;
    private static ConnectorRun firstSync;

    @BeforeAll
    static void firstSync() throws IOException {
        spec = CONNECTOR.spec().assertSucceeded().assertValidProtocol().spec().orElseThrow();
        config = (ObjectNode) JSON.readTree(Path.of("examples", "config.json").toFile());
        JsonNode discovered = CONNECTOR
                .discover(config)
                .assertSucceeded()
                .assertValidProtocol()
                .catalog();
        // every stream, incremental where it can be: what a user selects in Airbyte's UI
        catalog = ConfiguredCatalogBuilder.from(discovered).build();
        firstSync = CONNECTOR.read(config, catalog).assertSucceeded().assertValidProtocol();
    }

    @Test
    void specDeclaresTheConfigAndMarksTheKeySecret() {
        JsonNode properties = spec.path("connectionSpecification").path("properties");
        assertTrue(properties.path("api_key").path("airbyte_secret").asBoolean(), spec::toString);
        assertEquals("date", properties.path("start_date").path("format").asText(), spec::toString);
        assertEquals(
                "[\"api_key\"]",
                spec.path("connectionSpecification").path("required").toString(),
                spec::toString);
    }

    @Test
    void checkSucceedsWithTheExampleConfig() {
        ConnectorRun run = CONNECTOR.check(config).assertSucceeded().assertValidProtocol();
        JsonNode status = run.connectionStatus().orElseThrow();
        assertEquals("SUCCEEDED", status.path("status").asText(), run::describe);
        run.assertNoSecretPrinted(spec, config);
    }

    @Test
    void checkRejectsAShortKeyAndSaysWhyWithoutPrintingIt() {
        ObjectNode shortKey = config.deepCopy().put("api_key", "abc-123-xyz");
        ConnectorRun run = CONNECTOR.check(shortKey).assertValidProtocol();
        JsonNode status = run.connectionStatus().orElseThrow();
        assertEquals("FAILED", status.path("status").asText(), run::describe);
        assertTrue(status.path("message").asText().contains("api_key has 11 characters"), run::describe);
        run.assertNoSecretPrinted(spec, shortKey);
    }

    @Test
    void discoverOffersOrdersIncrementallyAndCustomersInFull() {
        JsonNode streams = CONNECTOR.discover(config).catalog().path("streams");
        JsonNode orders = stream(streams, "orders");
        assertEquals(
                "[\"full_refresh\",\"incremental\"]",
                orders.path("supported_sync_modes").toString());
        assertEquals("[\"updated_at\"]", orders.path("default_cursor_field").toString());
        assertEquals("[[\"id\"]]", orders.path("source_defined_primary_key").toString());
        JsonNode customers = stream(streams, "customers");
        assertEquals(
                "[\"full_refresh\"]", customers.path("supported_sync_modes").toString());
        assertEquals("[[\"id\"]]", customers.path("source_defined_primary_key").toString());
    }

    @Test
    void aFirstSyncReadsEveryRecordAndCheckpointsAsItGoes() {
        assertEquals(ORDERS, firstSync.records("orders").size(), firstSync::describe);
        assertEquals(CUSTOMERS, firstSync.records("customers").size(), firstSync::describe);
        // a state every 5 orders, and one at the end
        assertTrue(firstSync.states("orders").size() >= ORDERS / 5, firstSync::describe);
        JsonNode lastOrdersState = firstSync.lastStreamState("orders").orElseThrow();
        assertEquals("2024-03-02T02:00:00Z", lastOrdersState.path("updated_at").asText(), firstSync::describe);
        firstSync.assertNoSecretPrinted(spec, config);
    }

    @Test
    void theExampleCatalogWorksAsItIs() throws IOException {
        JsonNode example =
                JSON.readTree(Path.of("examples", "configured_catalog.json").toFile());
        ConnectorRun run = CONNECTOR.read(config, example).assertSucceeded().assertValidProtocol();
        assertEquals(ORDERS, run.records("orders").size(), run::describe);
        assertEquals(CUSTOMERS, run.records("customers").size(), run::describe);
    }

    @Test
    void startDateLeavesOutOrdersUpdatedBeforeIt() {
        ObjectNode fromFebruary = config.deepCopy().put("start_date", "2024-02-01");
        ConnectorRun run =
                CONNECTOR.read(fromFebruary, catalog).assertSucceeded().assertValidProtocol();
        List<JsonNode> orders = run.records("orders");
        assertEquals(17, orders.size(), run::describe);
        for (JsonNode order : orders) {
            assertTrue(order.path("updated_at").asText().compareTo("2024-02-01") > 0, order::toString);
        }
    }

    @Test
    void aSecondSyncFromTheLastStateReadsNoOrderAgain() {
        ConnectorRun second = CONNECTOR
                .read(config, catalog, firstSync.lastState())
                .assertSucceeded()
                .assertValidProtocol();
        assertEquals(0, second.records("orders").size(), second::describe);
        // full refresh: every customer, every time
        assertEquals(CUSTOMERS, second.records("customers").size(), second::describe);
    }

    /**
     * The bundled orders share updated_at values across the checkpoints of the first sync: a sync
     * resumed from a state saved in the middle of such a tie must still read the rest of the tie,
     * which holds only because {@code Orders.read} keeps the orders equal to {@code since}.
     */
    @Test
    void aSyncResumedInTheMiddleOfATieReadsTheRestOfIt() {
        List<JsonNode> messages = firstSync.messages();
        int index = firstStateInsideATie(messages);
        JsonNode state = messages.get(index).path("state");
        JsonNode discovered = CONNECTOR.discover(config).catalog();
        JsonNode onlyOrders =
                ConfiguredCatalogBuilder.from(discovered).only("orders").build();
        ArrayNode resumeFrom = JSON.createArrayNode().add(state);
        ConnectorRun resumed =
                CONNECTOR.read(config, onlyOrders, resumeFrom).assertSucceeded().assertValidProtocol();
        // nothing lost, and none of the orders emitted before the state again
        assertEquals(
                ids(ordersAfter(messages, index)),
                ids(resumed.records("orders")),
                () -> "resumed from " + state + "\n" + resumed.describe());
    }

    /**
     * Kills the sync right after states and at random lines, resumes from what a destination would
     * have committed, and compares with an uninterrupted sync. A failure names its random seed;
     * replay it with {@code mvn verify -Dcursorkit.testkit.seed=<seed>}.
     */
    @Test
    void killedAnywhereASyncResumesWithoutLossOrDuplicates() {
        // scenarios are independent: two at a time nearly halve the time on any multi-core machine
        ResumeReport report =
                ResumeChecker.of(CONNECTOR, config, catalog).parallelism(2).check();
        assertTrue(report.totalRuns() > 1, report::toString);
        assertEquals(0, report.maxCommittedDuplicates("orders"), report::toString);
    }

    @Test
    void aStateFarInTheFutureReadsNoOrder() {
        FarFutureCheck.of(CONNECTOR, config, catalog).check();
    }

    private static JsonNode stream(JsonNode streams, String name) {
        for (JsonNode stream : streams) {
            if (stream.path("name").asText().equals(name)) {
                return stream;
            }
        }
        throw new AssertionError("no stream " + name + " in " + streams);
    }

    /** The index of the first orders STATE whose cursor the next order shares. */
    private static int firstStateInsideATie(List<JsonNode> messages) {
        for (int i = 0; i < messages.size(); i++) {
            JsonNode state = messages.get(i).path("state");
            boolean ordersState = messages.get(i).path("type").asText().equals("STATE")
                    && state.at("/stream/stream_descriptor/name").asText().equals("orders");
            if (ordersState) {
                String cursor = state.at("/stream/stream_state/updated_at").asText();
                List<JsonNode> next = ordersAfter(messages, i);
                if (!next.isEmpty() && next.get(0).path("updated_at").asText().equals(cursor)) {
                    return i;
                }
            }
        }
        throw new AssertionError("no state of the first sync falls inside a tie; orders.csv was meant to have some");
    }

    /** The orders the sync emitted after message {@code index}. */
    private static List<JsonNode> ordersAfter(List<JsonNode> messages, int index) {
        List<JsonNode> orders = new ArrayList<>();
        for (JsonNode message : messages.subList(index + 1, messages.size())) {
            if (message.path("type").asText().equals("RECORD")
                    && message.path("record").path("stream").asText().equals("orders")) {
                orders.add(message.path("record").path("data"));
            }
        }
        return orders;
    }

    private static List<Long> ids(List<JsonNode> orders) {
        List<Long> ids = new ArrayList<>();
        orders.forEach(order -> ids.add(order.path("id").asLong()));
        return ids;
    }
}
