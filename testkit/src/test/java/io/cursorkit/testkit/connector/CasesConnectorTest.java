package io.cursorkit.testkit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.FarFutureCheck;
import io.cursorkit.testkit.SyncMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol checks of the test kit on a connector built by the cursorkit processor. */
class CasesConnectorTest {
    static final ConnectorProcess CONNECTOR = ConnectorProcess.mainClass(SourceTestkitCasesMain.class.getName());

    @TempDir
    Path dir;

    CasesData data;
    JsonNode catalog;

    @BeforeEach
    void setUp() {
        data = new CasesData(dir).standard();
        catalog = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).assertValidProtocol().catalog())
                .build();
    }

    @Test
    void specAndCheckAreValidProtocol() {
        CONNECTOR.spec().assertValidProtocol().assertSucceeded();
        assertEquals(
                "SUCCEEDED",
                CONNECTOR
                        .check(data.config())
                        .assertValidProtocol()
                        .connectionStatus()
                        .orElseThrow()
                        .path("status")
                        .asText());
    }

    @Test
    void discoverNamesEveryKindOfStream() {
        Map<String, String> modes = new TreeMap<>();
        for (JsonNode stream : catalog.path("streams")) {
            modes.put(
                    stream.path("stream").path("name").asText(),
                    stream.path("sync_mode").asText());
        }
        Map<String, String> expected = new TreeMap<>(Map.of(
                "big_tie", "incremental",
                "liar", "incremental",
                "monthly", "incremental",
                "no_key", "incremental",
                "null_cursors", "incremental",
                "sliced_sorted", "incremental",
                "sliced_unsorted", "incremental",
                "snapshot", "full_refresh",
                "ties", "incremental",
                "unsorted", "incremental"));
        expected.put("per_ticker", "incremental"); // Map.of takes ten entries at most
        expected.put("event_log", "incremental"); // owns its state: incremental without a cursor field
        expected.put("account_events", "incremental");
        expected.put("accounts", "incremental");
        expected.put("invoices", "incremental");
        expected.put("ticks", "incremental"); // @StateVersion(2): its cursor changed format
        expected.put("late_rows", "incremental");
        expected.put("dated_quotes", "incremental");
        expected.put("directory", "full_refresh");
        expected.put("user_cursor", "incremental");
        assertEquals(expected, modes);
    }

    @Test
    void aFullSyncIsValidProtocolAndHasEveryRow() {
        ConnectorRun run =
                CONNECTOR.read(data.config(), catalog).assertValidProtocol().assertSucceeded();
        Map<String, Integer> counts =
                new TreeMap<>(Map.of("accounts", 6, "invoices", 40, "directory", 23, "user_cursor", 36));
        counts.putAll(Map.of(
                "monthly",
                46,
                "no_key",
                20,
                "null_cursors",
                20,
                "per_ticker",
                24,
                "sliced_sorted",
                40,
                "sliced_unsorted",
                40,
                "snapshot",
                15,
                "ties",
                40,
                "unsorted",
                30));
        assertEquals(counts, new TreeMap<>(run.recordCounts()));
        // ties: 40 records, interval 3: 13 interval states plus the final one
        assertEquals(14, run.states("ties").size());
        assertEquals(8, run.lastStreamState("ties").orElseThrow().path("seq").asLong());
        assertEquals(List.of("STARTED", "RUNNING", "COMPLETE"), run.streamStatuses("unsorted"));
    }

    @Test
    void aFarFutureStateYieldsNoRecords() {
        JsonNode incremental = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).catalog())
                .only(
                        "ties",
                        "unsorted",
                        "null_cursors",
                        "no_key",
                        "sliced_sorted",
                        "sliced_unsorted",
                        "monthly",
                        "per_ticker",
                        "invoices")
                .build();
        ConnectorRun run =
                FarFutureCheck.of(CONNECTOR, data.config(), incremental).check();
        // rows whose cursor is null are emitted on every sync, whatever the state
        assertEquals(4, run.records("null_cursors").size());
        assertEquals(
                "9999-12-31",
                run.lastStreamState("monthly").orElseThrow().path("day").asText());
        assertEquals(
                "9999-12-31",
                run.lastStreamState("per_ticker").orElseThrow().path("day").asText());
    }

    @Test
    void rowsArrivingBetweenSyncsAreReadOnceAndLateRowsNever() {
        ConnectorRun first = CONNECTOR.read(data.config(), catalog).assertSucceeded();
        // ties ends at seq 8 with ids 36..40; unsorted at its largest seq
        long unsortedMax =
                first.lastStreamState("unsorted").orElseThrow().path("seq").asLong();
        data.append("ties", List.of("41,8,same cursor", "42,9,after", "43,3,late"));
        data.append("unsorted", List.of("31," + unsortedMax + ",same cursor", "32,1,late", "33,99,after"));
        data.append("no_key", List.of("21,10,same cursor", "22,11,after", "23,2,late"));
        data.append("monthly", List.of("IBM,2024-03-30,1", "AAPL,2024-04-02,2", "IBM,2024-01-01,3"));
        data.append("sliced_sorted", List.of("41,39,same cursor", "42,45,after", "43,1,late"));
        // a new ticker, its history below every other ticker's cursor: a new partition, read whole
        data.append("per_ticker", List.of("IBM,2023-06-01,1", "IBM,2023-06-02,2", "AAPL,2024-03-09,3"));
        ConnectorRun second = CONNECTOR
                .read(data.config(), catalog, first.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(List.of(41L, 42L), ids(second.records("ties")));
        assertEquals(List.of(31L, 33L), ids(second.records("unsorted")));
        assertEquals(
                2, second.records("monthly").size(), second.records("monthly").toString());
        assertEquals(List.of(41L, 42L), ids(second.records("sliced_sorted")));
        assertEquals(
                3,
                second.records("per_ticker").size(),
                second.records("per_ticker").toString());
        // without a primary key the records at the saved cursor come again (at-least-once)
        List<Long> noKey = ids(second.records("no_key"));
        assertTrue(noKey.containsAll(List.of(19L, 20L, 21L, 22L)) && !noKey.contains(23L), noKey.toString());
        assertEquals(15, second.records("snapshot").size());
        // a resumable full refresh that completed ends with {}: the next sync reads it all again
        assertEquals("{}", first.lastStreamState("directory").orElseThrow().toString());
        assertEquals(23, second.records("directory").size());
    }

    @Test
    void aStreamThatFailsLeavesTheOthersComplete() {
        ConnectorRun run = CONNECTOR.read(data.failing("ties", 7), catalog).assertValidProtocol();
        assertEquals(1, run.exitCode());
        assertTrue(run.assertFailedWith("system_error").path("message").asText().contains("ties"), run.describe());
        assertEquals("INCOMPLETE", last(run.streamStatuses("ties")));
        assertEquals("COMPLETE", last(run.streamStatuses("unsorted")));
        // the last state of ties commits only records it had emitted before the failure
        assertTrue(run.lastStreamState("ties").orElseThrow().path("seq").asLong() <= 2, run.describe());
    }

    @Test
    void theSecretIsNeverPrinted() {
        JsonNode spec = CONNECTOR.spec().spec().orElseThrow();
        ConnectorRun failed =
                CONNECTOR.read(data.failing("unsorted", 3), catalog).assertValidProtocol();
        assertTrue(failed.logLines().stream().anyMatch(l -> l.contains("about to fail")), failed.describe());
        failed.assertNoSecretPrinted(spec, data.config());
        ObjectNode missingDir =
                data.config().put("data_dir", dir.resolve("nope").toString());
        ConnectorRun check = CONNECTOR.check(missingDir).assertValidProtocol();
        assertEquals(
                "FAILED", check.connectionStatus().orElseThrow().path("status").asText(), check.describe());
        check.assertNoSecretPrinted(spec, missingDir);
    }

    @Test
    void fullRefreshIgnoresTheState() {
        JsonNode full = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).catalog())
                .only("ties")
                .mode("ties", SyncMode.FULL_REFRESH)
                .build();
        ConnectorRun first =
                CONNECTOR.read(data.config(), full).assertValidProtocol().assertSucceeded();
        ConnectorRun second = CONNECTOR
                .read(data.config(), full, first.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(40, second.records("ties").size());
    }

    static List<Long> ids(List<JsonNode> records) {
        List<Long> ids = new ArrayList<>();
        records.forEach(r -> ids.add(r.path("id").asLong()));
        ids.sort(null);
        return ids;
    }

    private static String last(List<String> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }
}
