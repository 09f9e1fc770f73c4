package io.cursorkit.sample.stockprices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.sample.stockprices.demo.DemoData;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code trades} synced with the cursor its user chose: the auto-increment {@code id} instead of
 * the default {@code updated_at} (on SQLite, run as a process): new trades come once, amended ones
 * do not (the id does not move), kills lose nothing and commit nothing twice, and switching from
 * {@code updated_at} reads the stream from its start with a WARN; either choice starts at {@code
 * start_date}.
 */
class TradesByIdTest {
    static final ConnectorProcess CONNECTOR = SyncContract.CONNECTOR;

    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    final LocalDate first = today.minusMonths(2).withDayOfMonth(1);

    TestDatabase database;
    DemoData.Rows rows;
    ObjectNode config;
    JsonNode discovered;
    JsonNode byId;

    @BeforeEach
    void fill() throws Exception {
        database = TestDatabase.sqlite();
        rows = database.fill(first, today);
        config = database.config(first);
        discovered = CONNECTOR.discover(config).assertValidProtocol().catalog();
        byId = ConfiguredCatalogBuilder.from(discovered)
                .only("trades")
                .cursorField("trades", "id")
                .build();
    }

    @AfterEach
    void drop() throws Exception {
        database.close();
    }

    @Test
    void byIdNewTradesComeOnceAndAmendedOnesDoNot() throws Exception {
        JsonNode trades = null;
        for (JsonNode stream : discovered.path("streams")) {
            trades = stream.path("name").asText().equals("trades") ? stream : trades;
        }
        assertFalse(trades.path("source_defined_cursor").asBoolean(true));
        assertEquals("[\"updated_at\"]", trades.path("default_cursor_field").toString());

        ConnectorRun initial =
                CONNECTOR.read(config, byId).assertValidProtocol().assertSucceeded();
        assertEquals(rows.trades().size(), initial.records("trades").size());
        JsonNode state = initial.lastStreamState("trades").orElseThrow();
        assertEquals("id", state.at("/cursorkit/cursor_field").asText());
        long lowestLastId =
                rows.trades().stream()
                        .collect(Collectors.toMap(Trade::stockTicker, Trade::id, Math::max))
                        .values()
                        .stream()
                        .mapToLong(Long::longValue)
                        .min()
                        .orElseThrow();
        assertEquals(lowestLastId, state.path("id").asLong(), "the lowest of the tickers' ids: " + state);

        DemoData.Added added;
        try (Connection connection = database.connect()) {
            added = DemoData.addRows(connection, database.dialect);
        }
        ConnectorRun next = CONNECTOR.read(config, byId, initial.lastState()).assertSucceeded();
        Set<Long> expected = added.newTrades().stream().map(Trade::id).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(expected), new TreeSet<>(SyncContract.ids(next.records("trades"))));
        assertFalse(
                SyncContract.ids(next.records("trades"))
                        .contains(added.amended().id()),
                "by id, an amended trade is not new");

        ConnectorRun again = CONNECTOR.read(config, byId, next.lastState()).assertSucceeded();
        assertEquals(0, again.records("trades").size(), "nothing new: nothing synced twice");
    }

    @Test
    void byIdStartsAtStartDateAsTheDefaultDoes() {
        // the window applies to the default choice only: the id query keeps to start_date itself
        LocalDate start = first.plusMonths(1);
        java.time.OffsetDateTime startAt = start.atStartOfDay().atOffset(ZoneOffset.UTC);
        Set<Long> expected = rows.trades().stream()
                .filter(trade -> !trade.updatedAt().isBefore(startAt))
                .map(Trade::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(expected.isEmpty(), "trades after the start");
        assertTrue(expected.size() < rows.trades().size(), "trades before the start");
        ObjectNode later = database.config(start);
        JsonNode byUpdatedAt =
                ConfiguredCatalogBuilder.from(discovered).only("trades").build();

        ConnectorRun viaId = CONNECTOR.read(later, byId).assertValidProtocol().assertSucceeded();
        ConnectorRun viaUpdatedAt = CONNECTOR.read(later, byUpdatedAt).assertSucceeded();
        assertEquals(expected, new TreeSet<>(SyncContract.ids(viaId.records("trades"))));
        assertEquals(expected, new TreeSet<>(SyncContract.ids(viaUpdatedAt.records("trades"))));
    }

    @Test
    void aWrongLookbackIsAConfigErrorWhicheverCursorIsChosen() {
        // the window keeps to updated_at, but its values are checked for either choice
        config.put("lookback_window", "a day");
        for (JsonNode catalog : new JsonNode[] {
            byId, ConfiguredCatalogBuilder.from(discovered).only("trades").build()
        }) {
            ConnectorRun run = CONNECTOR.read(config, catalog).assertValidProtocol();
            JsonNode error = run.assertFailedWith("config_error");
            assertTrue(error.path("message").asText().contains("lookback_window"), error.toString());
            assertEquals(0, run.records().size(), run.describe());
        }
    }

    @Test
    void syncsByIdKilledAtAnyPointResumeWithoutLossOrCommittedDuplicates() {
        ResumeReport report = ResumeChecker.of(CONNECTOR, config, byId)
                .checkpointKills(3)
                .randomKills(2)
                .killsPerScenario(2)
                .check();
        System.out.println("trades by id: " + report);
        assertEquals(0, report.maxCommittedDuplicates("trades"), report::toString);
        assertTrue(report.maxUncommitted("trades") <= 1_000, "at most one checkpoint interval: " + report);
    }

    @Test
    void switchingFromUpdatedAtToIdReadsTradesFromTheStart() {
        JsonNode byUpdatedAt =
                ConfiguredCatalogBuilder.from(discovered).only("trades").build();
        ConnectorRun initial = CONNECTOR.read(config, byUpdatedAt).assertSucceeded();
        ConnectorRun switched = CONNECTOR
                .read(config, byId, initial.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(rows.trades().size(), switched.records("trades").size());
        assertTrue(
                switched.logLines().stream()
                        .anyMatch(line -> line.contains("the state holds the cursor of 'updated_at', but the"
                                + " configured catalog chooses 'id'")),
                switched.logLines().toString());
    }
}
