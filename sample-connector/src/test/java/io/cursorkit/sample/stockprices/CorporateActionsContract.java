package io.cursorkit.sample.stockprices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.sample.stockprices.demo.CorporateActionData;
import io.cursorkit.sample.stockprices.demo.DemoData;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code corporate_actions} stream, which owns its state (the last {@code seq} per ticker), run
 * as a process against a real database; subclasses name the database. A sync from the state gets
 * exactly the actions added since, a ticker new to the state its whole feed, and kills at any
 * point lose nothing and commit nothing twice.
 */
abstract class CorporateActionsContract {
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    final LocalDate first = today.minusMonths(2).withDayOfMonth(1);

    TestDatabase database;
    List<CorporateAction> actions;
    ObjectNode config;
    JsonNode catalog;

    abstract TestDatabase newDatabase() throws Exception;

    @BeforeEach
    void fill() throws Exception {
        database = newDatabase();
        actions = CorporateActionData.of(database.fill(first, today));
        config = database.config(first);
        catalog = ConfiguredCatalogBuilder.from(SyncContract.CONNECTOR
                        .discover(config)
                        .assertValidProtocol()
                        .catalog())
                .only("corporate_actions")
                .build();
    }

    @AfterEach
    void drop() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSyncFromTheStateGetsExactlyTheActionsAddedSince() throws Exception {
        assertTrue(actions.size() > 10, "the demo data has a feed to sync: " + actions.size());
        ConnectorRun initial = read(null);
        assertEquals(keys(actions), keys(initial));
        JsonNode state = initial.lastStreamState("corporate_actions").orElseThrow();
        assertEquals(lastSeqs(actions), lastSeqs(state));
        assertEquals(1, state.path("cursorkit").path("version").asInt(), state::toString);

        CorporateActionData.Added added;
        try (Connection connection = database.connect()) {
            DemoData.addRows(connection, database.dialect); // lists TSLA, a ticker the state does not know
            added = CorporateActionData.addActions(connection, database.dialect);
        }
        ConnectorRun next = read(initial.lastState());
        assertEquals(keys(added.actions()), keys(next), "the new actions only, none synced before");
        List<CorporateAction> all = new java.util.ArrayList<>(actions);
        all.addAll(added.actions());
        assertEquals(
                lastSeqs(all),
                lastSeqs(next.lastStreamState("corporate_actions").orElseThrow()));

        ConnectorRun again = read(next.lastState());
        assertEquals(0, again.records("corporate_actions").size(), "nothing new: nothing synced twice");
    }

    /** A ticker new to the state gets its whole feed; one this sync does not read keeps its entry. */
    @Test
    void aTickerAddedLaterGetsItsWholeFeedAndTheOthersKeepTheirPosition() throws Exception {
        config.putArray("tickers").add("AAPL");
        ConnectorRun apple = read(null);
        config.putArray("tickers").add("MSFT");
        ConnectorRun microsoft = read(apple.lastState());
        assertEquals(keys(only(actions, "MSFT")), keys(microsoft));
        Map<String, Long> expected = lastSeqs(only(actions, "AAPL"));
        expected.putAll(lastSeqs(only(actions, "MSFT")));
        assertEquals(
                expected,
                lastSeqs(microsoft.lastStreamState("corporate_actions").orElseThrow()));
    }

    @Test
    void aStateOfTheWrongShapeIsAConfigErrorNamingTheProperty() {
        ArrayNode state = JSON.createArrayNode();
        ObjectNode stream = state.addObject().put("type", "STREAM").putObject("stream");
        stream.putObject("stream_descriptor").put("name", "corporate_actions");
        stream.putObject("stream_state").putObject("last_seq").put("AAPL", "many");
        JsonNode error = SyncContract.CONNECTOR
                .read(config, catalog, state)
                .assertValidProtocol()
                .assertFailedWith("config_error");
        assertTrue(error.path("message").asText().contains("last_seq.AAPL"), error::toString);
    }

    /** Killed at checkpoints (a state every 5 actions) and at random lines, then resumed. */
    @Test
    void syncsKilledAtAnyPointResumeWithoutLossOrCommittedDuplicates() {
        ResumeReport report = ResumeChecker.of(SyncContract.CONNECTOR, config, catalog)
                .checkpointKills(2)
                .randomKills(1)
                .killsPerScenario(2)
                .check();
        assertEquals(0, report.maxCommittedDuplicates("corporate_actions"), report::toString);
        assertTrue(report.maxUncommitted("corporate_actions") <= 5, report::toString);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private ConnectorRun read(JsonNode state) {
        return SyncContract.CONNECTOR
                .read(config, catalog, state)
                .assertValidProtocol()
                .assertSucceeded();
    }

    private static List<CorporateAction> only(List<CorporateAction> actions, String ticker) {
        return actions.stream().filter(a -> a.ticker().equals(ticker)).toList();
    }

    private static Set<String> keys(List<CorporateAction> actions) {
        return actions.stream().map(a -> a.ticker() + " " + a.seq()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keys(ConnectorRun run) {
        List<String> synced = run.records("corporate_actions").stream()
                .map(r -> r.path("ticker").asText() + " " + r.path("seq").asLong())
                .toList();
        Set<String> unique = new TreeSet<>(synced);
        assertEquals(synced.size(), unique.size(), "no action twice in one sync: " + synced);
        return unique;
    }

    private static Map<String, Long> lastSeqs(List<CorporateAction> actions) {
        return actions.stream()
                .collect(Collectors.toMap(CorporateAction::ticker, CorporateAction::seq, Math::max, TreeMap::new));
    }

    private static Map<String, Long> lastSeqs(JsonNode streamState) {
        Map<String, Long> seqs = new TreeMap<>();
        streamState
                .path("last_seq")
                .fields()
                .forEachRemaining(e -> seqs.put(e.getKey(), e.getValue().asLong()));
        return seqs;
    }
}
