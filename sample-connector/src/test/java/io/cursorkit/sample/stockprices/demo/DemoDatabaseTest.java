package io.cursorkit.sample.stockprices.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.sample.stockprices.StockPrice;
import io.cursorkit.sample.stockprices.Trade;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDatabaseTest {
    private static final LocalDate FIRST = LocalDate.parse("2024-01-01");
    private static final LocalDate LAST = LocalDate.parse("2024-03-15");

    @TempDir
    Path directory;

    @Test
    void demoRowsAreTheSameForTheSameDatesAndHaveTiesAtEveryTimestamp() {
        DemoData.Rows rows = DemoData.generate(FIRST, LAST);
        assertEquals(rows, DemoData.generate(FIRST, LAST));
        assertTrue(rows.prices().stream()
                .map(StockPrice::date)
                .allMatch(d -> d.getDayOfWeek().getValue() <= 5));
        assertEquals(
                LAST,
                rows.prices().stream()
                        .map(StockPrice::date)
                        .max(LocalDate::compareTo)
                        .orElseThrow());
        Map<OffsetDateTime, Long> perTimestamp =
                rows.trades().stream().collect(Collectors.groupingBy(Trade::updatedAt, Collectors.counting()));
        assertTrue(perTimestamp.values().stream().allMatch(n -> n == DemoData.TRADES_PER_TIMESTAMP));
        assertTrue(
                rows.trades().stream().allMatch(t -> t.updatedAt().toLocalDate().isBefore(LAST)));
    }

    @Test
    void theDemoDatabaseIsCreatedOnceAndThenLeftAlone() throws Exception {
        Path file = directory.resolve("demo.sqlite");
        DemoDatabase.ensureExists(file);
        assertTrue(count(file, "trades") > 1_000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM trades");
        }
        DemoDatabase.ensureExists(file);
        assertEquals(0, count(file, "trades"), "an existing database is never overwritten");
        try (var files = Files.list(directory)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void addedRowsIncludeOnesAtTheHighestCursorsAndMoveAnUpdatedAt() throws Exception {
        Path file = directory.resolve("demo.sqlite");
        DemoDatabase.create(file, FIRST, LAST);
        DemoData.Rows rows = DemoData.generate(FIRST, LAST);
        OffsetDateTime lastUpdate = rows.trades().get(rows.trades().size() - 1).updatedAt();
        DemoData.Added added;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            added = DemoData.addRows(connection, io.cursorkit.sample.stockprices.jdbc.Dialect.SQLITE);
        }
        assertEquals(LAST, added.pricesAt());
        assertEquals(
                2,
                added.newTrades().stream()
                        .filter(t -> t.updatedAt().isEqual(lastUpdate))
                        .count());
        assertTrue(added.amended().updatedAt().isAfter(lastUpdate));
        Map<Long, Trade> before = rows.trades().stream().collect(Collectors.toMap(Trade::id, Function.identity()));
        assertEquals(
                before.get(added.amended().id()).quantity() + 100,
                added.amended().quantity());
        assertEquals(rows.trades().size() + added.newTrades().size(), count(file, "trades"));
        assertEquals(DemoData.TICKERS.size() + 1, count(file, "tickers"));
    }

    private static long count(Path file, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
