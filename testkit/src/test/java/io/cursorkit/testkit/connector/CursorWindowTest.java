package io.cursorkit.testkit.connector;

import static io.cursorkit.testkit.connector.CasesConnectorTest.CONNECTOR;
import static io.cursorkit.testkit.connector.CasesConnectorTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.FarFutureCheck;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @CursorWindow} end to end: a row committed late with an older cursor (airbyte #85918,
 * dlt #2269) is delivered by the next sync and nothing committed comes twice, also when syncs are
 * killed; a future-dated row does not make later syncs skip rows; the end bound; bad window values.
 */
class CursorWindowTest {
    @TempDir
    Path dir;

    CasesData data;

    @BeforeEach
    void setUp() {
        data = new CasesData(dir);
        List<String> rows = new ArrayList<>();
        for (int id = 1; id <= 30; id++) {
            rows.add(id + "," + (1 + (id - 1) / 2) + ",r" + id); // seq 1..15, two rows each
        }
        data.write("late_rows", rows);
        data.write("dated_quotes", datedRows());
        data.write("per_ticker", datedRows());
    }

    /** Three tickers, a quote every other day: AAPL up to 2024-03-15, MSFT 01-15, NVDA 02-15. */
    private static List<String> datedRows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add("AAPL," + LocalDate.of(2024, 3, 1).plusDays(2 * i) + "," + (100 + i));
            rows.add("MSFT," + LocalDate.of(2024, 1, 1).plusDays(2 * i) + "," + (200 + i));
            rows.add("NVDA," + LocalDate.of(2024, 2, 1).plusDays(2 * i) + "," + (300 + i));
        }
        return rows;
    }

    /** late_rows from seq 2, re-reading 3 behind the saved cursor; dated_quotes re-reading 2 days. */
    private ObjectNode config() {
        ObjectNode config = data.config();
        config.put("late_start", 2);
        config.put("late_lookback", 3);
        config.put("dated_lookback", "P2D");
        return config;
    }

    @Test
    void aRowCommittedLateWithAnOlderCursorIsDeliveredByTheNextSync() {
        JsonNode catalog = catalog("late_rows");
        ConnectorRun first =
                CONNECTOR.read(config(), catalog).assertValidProtocol().assertSucceeded();
        // the start: nothing below seq 2 (ids 1 and 2)
        assertEquals(28, first.records("late_rows").size());
        assertEquals(
                15, first.lastStreamState("late_rows").orElseThrow().path("seq").asLong());
        // After the sync, row 100 is committed with seq 13, below the saved 15 (a transaction that
        // began earlier, as in airbyte #85918 and dlt #2269), row 26 is updated from seq 13 to 14,
        // and row 101 arrives after.
        List<String> rows = new ArrayList<>();
        for (int id = 1; id <= 30; id++) {
            rows.add(id + "," + (id == 26 ? 14 : 1 + (id - 1) / 2) + ",r" + id);
        }
        rows.add("100,13,late");
        rows.add("101,16,after");
        data.write("late_rows", rows);

        ConnectorRun second = CONNECTOR
                .read(config(), catalog, first.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        // the late row and the update come; the committed rows of seq 12..15 do not come again
        assertEquals(List.of(26L, 100L, 101L), ids(second.records("late_rows")), second.describe());
        assertTrue(
                second.logLines().stream()
                        .anyMatch(l -> l.contains("2 records below the saved cursor delivered")
                                && l.contains("5 left out as already committed")),
                second.logLines().toString());

        // nothing new: nothing again, the rows committed at the earlier cursor 15 included
        ConnectorRun third = CONNECTOR
                .read(config(), catalog, second.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(List.of(), ids(third.records("late_rows")), third.describe());

        // Without a lookback the same sync loses the late row and the update: the reported loss.
        ObjectNode noLookback = config();
        noLookback.remove("late_lookback");
        ConnectorRun blind = CONNECTOR
                .read(noLookback, catalog, first.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(List.of(101L), ids(blind.records("late_rows")));
    }

    @Test
    // checkpointKills(40): more than the STATE lines of either sync, so a kill follows every one
    void killedAtEveryCheckpointAndAtRandomLinesNothingIsLostOrCommittedTwice() {
        JsonNode catalog = catalog("late_rows", "dated_quotes");
        ResumeReport firstSync = ResumeChecker.of(CONNECTOR, config(), catalog)
                .parallelism(2)
                .checkpointKills(40)
                .randomKills(3)
                .killsPerScenario(3)
                .seed(85918)
                .lookback("late_rows", "dated_quotes")
                .failingConfig(failing("late_rows", 7))
                .check();
        assertBounds(firstSync);

        // A later sync that re-reads its lookback and finds late rows among committed ones.
        ConnectorRun first = CONNECTOR.read(config(), catalog).assertSucceeded();
        data.append("late_rows", List.of("102,12,late", "100,13,late", "103,14,late", "101,16,after", "104,17,after"));
        // late: a day inside each ticker's lookback (2 days) that was not there; new: after the cursor
        data.append("dated_quotes", List.of("AAPL,2024-03-14,1", "MSFT,2024-01-14,2", "NVDA,2024-02-17,3"));
        ResumeReport later = ResumeChecker.of(CONNECTOR, config(), catalog)
                .fromState(first.lastState())
                .parallelism(2)
                .checkpointKills(40)
                .randomKills(3)
                .killsPerScenario(3)
                .seed(2269)
                .lookback("late_rows", "dated_quotes")
                .check();
        assertBounds(later);
        // the uninterrupted sync delivers exactly the late and new rows, none of the committed ones
        assertEquals(
                List.of(100L, 101L, 102L, 103L, 104L), ids(later.reference().records("late_rows")));
        assertEquals(
                3,
                later.reference().records("dated_quotes").size(),
                later.reference().describe());
        // and the sync after it, with nothing new, delivers nothing: every key of its window is listed
        ConnectorRun after = CONNECTOR
                .read(config(), catalog, later.reference().lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertTrue(after.records().isEmpty(), after.describe());
    }

    @Test
    void atConcurrencyFourWindowedStreamsEmitWhatConcurrencyOneEmits() {
        // dated_quotes: windowed partitions, read ahead and emitted in order at concurrency 4
        JsonNode catalog = catalog("late_rows", "dated_quotes");
        ConnectorRun one = CONNECTOR.read(config(), catalog).assertSucceeded();
        ConnectorRun four = CONNECTOR
                .read(ConcurrentKillAndResumeTest.concurrent(config()), catalog)
                .assertSucceeded();
        data.append("dated_quotes", List.of("AAPL,2024-03-14,1", "MSFT,2024-01-14,2", "NVDA,2024-02-17,3"));
        ConnectorRun laterOne =
                CONNECTOR.read(config(), catalog, one.lastState()).assertSucceeded();
        ConnectorRun laterFour = CONNECTOR
                .read(ConcurrentKillAndResumeTest.concurrent(config()), catalog, four.lastState())
                .assertSucceeded();
        assertEquals(3, laterFour.records("dated_quotes").size(), laterFour.describe());
        for (String stream : List.of("late_rows", "dated_quotes")) {
            assertEquals(
                    ConcurrentKillAndResumeTest.comparable(one, stream),
                    ConcurrentKillAndResumeTest.comparable(four, stream));
            assertEquals(
                    ConcurrentKillAndResumeTest.comparable(laterOne, stream),
                    ConcurrentKillAndResumeTest.comparable(laterFour, stream));
        }
    }

    private void assertBounds(ResumeReport report) {
        System.out.printf(
                "cursor windows: %s; max uncommitted per kill late_rows %d dated_quotes %d; committed duplicates"
                        + " %d %d%n",
                report,
                report.maxUncommitted("late_rows"),
                report.maxUncommitted("dated_quotes"),
                report.maxCommittedDuplicates("late_rows"),
                report.maxCommittedDuplicates("dated_quotes"));
        assertEquals(
                0,
                report.maxCommittedDuplicates("late_rows"),
                report.scenarios().toString());
        assertEquals(
                0,
                report.maxCommittedDuplicates("dated_quotes"),
                report.scenarios().toString());
        assertTrue(report.maxUncommitted("late_rows") <= 3, report.scenarios().toString());
        assertTrue(
                report.maxUncommitted("dated_quotes") <= 4, report.scenarios().toString());
    }

    @Test
    void aFutureDatedRowIsEmittedButDoesNotMakeLaterSyncsSkipRows() {
        data.append("dated_quotes", List.of("AAPL,2999-01-01,1"));
        data.append("per_ticker", List.of("AAPL,2999-01-01,1"));
        JsonNode catalog = catalog("dated_quotes", "per_ticker");
        ConnectorRun first =
                CONNECTOR.read(config(), catalog).assertValidProtocol().assertSucceeded();
        assertEquals(25, first.records("dated_quotes").size());
        assertTrue(
                first.logLines().stream().anyMatch(l -> l.contains("2999-01-01") && l.contains("plus P1D")),
                first.logLines().toString());
        // AAPL's cursor stays at its last real day; the future row is listed as committed
        JsonNode aapl = first.lastStreamState("dated_quotes")
                .orElseThrow()
                .path("cursorkit")
                .path("partitions")
                .get(0);
        assertEquals("2024-03-15", aapl.path("cursor").asText(), aapl.toString());
        assertTrue(aapl.path("window_keys").toString().contains("2999-01-01"), aapl.toString());

        // a row after AAPL's last real day, written after the sync
        data.append("dated_quotes", List.of("AAPL,2024-03-20,5"));
        data.append("per_ticker", List.of("AAPL,2024-03-20,5"));
        ConnectorRun second = CONNECTOR
                .read(config(), catalog, first.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(1, second.records("dated_quotes").size(), second.describe());
        assertEquals(
                "2024-03-20", second.records("dated_quotes").get(0).path("day").asText());
        // without a window, the future row moved AAPL's cursor to 2999: the new row is never read
        assertEquals(0, second.records("per_ticker").size(), second.describe());
    }

    @Test
    void anEndBoundStopsTheStreamAndTheStateNeverPassesIt() {
        JsonNode catalog = catalog("late_rows");
        ObjectNode range = config();
        range.put("late_end", 8);
        ConnectorRun first =
                CONNECTOR.read(range, catalog).assertValidProtocol().assertSucceeded();
        List<Long> expected = new ArrayList<>();
        for (long id = 3; id <= 16; id++) {
            expected.add(id); // seq 2..8
        }
        assertEquals(expected, ids(first.records("late_rows")));
        assertEquals(
                8, first.lastStreamState("late_rows").orElseThrow().path("seq").asLong());
        // sorted: the read stops at the first row past the end
        assertTrue(
                first.logLines().stream().anyMatch(l -> l.contains("1 past the end not emitted")),
                first.logLines().toString());

        ConnectorRun rest = CONNECTOR
                .read(config(), catalog, first.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        List<Long> after = new ArrayList<>();
        for (long id = 17; id <= 30; id++) {
            after.add(id);
        }
        assertEquals(after, ids(rest.records("late_rows")));
    }

    @Test
    void aFarFutureStateYieldsNothing() {
        FarFutureCheck.of(CONNECTOR, config(), catalog("late_rows", "dated_quotes"))
                .check();
    }

    @Test
    void wrongWindowValuesAreConfigErrorsBeforeAnyRecord() {
        JsonNode catalog = catalog("late_rows", "dated_quotes");
        ObjectNode reversed = config();
        reversed.put("late_start", 10);
        reversed.put("late_end", 5);
        assertConfigError(reversed, catalog, "'late_start' (10) and 'late_end' (5)");
        ObjectNode negative = config();
        negative.put("late_lookback", -1);
        assertConfigError(negative, catalog, "'late_lookback' is negative");
        ObjectNode months = config();
        months.put("dated_lookback", "P1M");
        assertConfigError(months, catalog, "'dated_lookback' is invalid");
        ObjectNode unreadable = config();
        unreadable.put("dated_lookback", "three days");
        assertConfigError(unreadable, catalog, "'dated_lookback' is invalid: expected an ISO-8601 duration");
    }

    private static void assertConfigError(ObjectNode config, JsonNode catalog, String expected) {
        ConnectorRun run = CONNECTOR.read(config, catalog).assertValidProtocol();
        String message = run.assertFailedWith("config_error").path("message").asText();
        assertTrue(message.contains(expected), message);
        assertEquals(1, run.exitCode());
        assertTrue(run.records().isEmpty(), run.describe());
    }

    private ObjectNode failing(String stream, int rows) {
        ObjectNode failing = config();
        failing.put("fail_stream", stream);
        failing.put("fail_after", rows);
        return failing;
    }

    private JsonNode catalog(String... streams) {
        return ConfiguredCatalogBuilder.from(CONNECTOR.discover(config()).catalog())
                .only(streams)
                .build();
    }
}
