package io.cursorkit.sample.stockprices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.sample.stockprices.demo.DemoData;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code trades} stream's {@code @CursorWindow} on SQLite: the first sync starts at {@code
 * start_date}, and with {@code lookback_window} a trade committed after a sync with an older
 * {@code updated_at} than the ticker's saved cursor is synced by the next one, while the trades
 * already synced are not sent again.
 */
class TradesLookbackTest {
    private static final ConnectorProcess CONNECTOR =
            ConnectorProcess.mainClass("io.cursorkit.sample.stockprices.SourceStockPricesMain");

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final LocalDate first = today.minusMonths(1).withDayOfMonth(1);
    private TestDatabase database;
    private DemoData.Rows rows;

    @BeforeEach
    void fill() throws Exception {
        database = TestDatabase.sqlite();
        rows = database.fill(first, today);
    }

    @AfterEach
    void drop() throws Exception {
        database.close();
    }

    @Test
    void aTradeCommittedLateIsSyncedOnceAndNoOtherTwice() throws Exception {
        ObjectNode config = database.config(first.plusDays(10));
        config.put("lookback_window", "P1D");
        config.putArray("tickers").add("AAPL");
        JsonNode catalog = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(config).catalog())
                .only("trades")
                .build();
        ConnectorRun initial =
                CONNECTOR.read(config, catalog).assertValidProtocol().assertSucceeded();
        OffsetDateTime start = first.plusDays(10).atStartOfDay().atOffset(ZoneOffset.UTC);
        List<Trade> aapl = rows.trades().stream()
                .filter(t -> t.stockTicker().equals("AAPL") && !t.updatedAt().isBefore(start))
                .toList();
        // start_date, bound by @CursorWindow: nothing before it
        assertEquals(aapl.size(), initial.records("trades").size());
        OffsetDateTime saved = OffsetDateTime.parse(SyncContract.partitionCursor(initial, "trades", "AAPL"));

        // committed after the sync, an hour older than the saved cursor (airbyte #85918, dlt #2269)
        long lateId = rows.trades().stream().mapToLong(Trade::id).max().orElseThrow() + 1;
        Trade late = new Trade(lateId, "AAPL", Side.BUY, 7, 101.5, saved.minusHours(1));
        try (Connection connection = database.connect()) {
            DemoData.insertTrades(connection, database.dialect, List.of(late));
        }
        ConnectorRun next = CONNECTOR
                .read(config, catalog, initial.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(List.of(lateId), SyncContract.ids(next.records("trades")), next.describe());

        ConnectorRun again = CONNECTOR
                .read(config, catalog, next.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertTrue(again.records("trades").isEmpty(), again.describe());
    }
}
