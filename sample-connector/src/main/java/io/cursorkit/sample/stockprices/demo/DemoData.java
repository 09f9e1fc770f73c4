package io.cursorkit.sample.stockprices.demo;

import io.cursorkit.sample.stockprices.Side;
import io.cursorkit.sample.stockprices.StockPrice;
import io.cursorkit.sample.stockprices.Ticker;
import io.cursorkit.sample.stockprices.Trade;
import io.cursorkit.sample.stockprices.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic demo rows: the same dates give the same rows. Prices are a random walk per ticker on
 * weekdays; trades come three at a time with the same {@code updated_at}, so that cursor ties are
 * the rule rather than the exception.
 */
public final class DemoData {
    private DemoData() {}

    /** The tickers of a new demo database. */
    public static final List<Ticker> TICKERS = List.of(
            new Ticker("AAPL", "Apple Inc.", "NASDAQ"),
            new Ticker("AMZN", "Amazon.com, Inc.", "NASDAQ"),
            new Ticker("GOOG", "Alphabet Inc.", "NASDAQ"),
            new Ticker("MSFT", "Microsoft Corporation", "NASDAQ"),
            new Ticker("NVDA", "NVIDIA Corporation", "NASDAQ"));

    /** The ticker that {@link #addRows} lists, with a price on the last synced day. */
    public static final Ticker NEW_TICKER = new Ticker("TSLA", "Tesla, Inc.", "NASDAQ");

    /** Trades that share one {@code updated_at}. */
    static final int TRADES_PER_TIMESTAMP = 3;

    /** Hours (UTC) of a day at which trades are written. */
    static final int FIRST_HOUR = 13;

    static final int LAST_HOUR = 20;

    /** The rows of a demo database from {@code first} to {@code last}, both included. */
    public record Rows(List<Ticker> tickers, List<StockPrice> prices, List<Trade> trades) {}

    /**
     * Demo rows: prices on every weekday from {@code first} to {@code last}, trades on every day
     * before {@code last} (so that none lies in the future on the day they are made).
     */
    public static Rows generate(LocalDate first, LocalDate last) {
        List<StockPrice> prices = new ArrayList<>();
        for (Ticker ticker : TICKERS) {
            Random random = new Random(ticker.symbol().hashCode());
            double close = 50 + random.nextInt(400);
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                double open = cents(close * (1 + (random.nextDouble() - 0.5) / 50));
                close = cents(open * (1 + (random.nextDouble() - 0.5) / 25));
                double high = cents(Math.max(open, close) * (1 + random.nextDouble() / 100));
                double low = cents(Math.min(open, close) * (1 - random.nextDouble() / 100));
                prices.add(new StockPrice(
                        ticker.symbol(), day, open, high, low, close, 1_000_000L + random.nextInt(9_000_000)));
            }
        }
        List<Trade> trades = new ArrayList<>();
        Random random = new Random(42);
        long id = 1;
        for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
            for (int hour = FIRST_HOUR; hour <= LAST_HOUR; hour++) {
                OffsetDateTime at = day.atTime(hour, 0).atOffset(ZoneOffset.UTC);
                for (int i = 0; i < TRADES_PER_TIMESTAMP; i++, id++) {
                    trades.add(
                            trade(id, TICKERS.get((int) (id % TICKERS.size())).symbol(), at, random));
                }
            }
        }
        return new Rows(TICKERS, prices, trades);
    }

    /** Inserts {@code rows} in one transaction. */
    public static void insert(Connection connection, Dialect dialect, Rows rows) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            insertTickers(connection, rows.tickers());
            insertPrices(connection, dialect, rows.prices());
            insertTrades(connection, dialect, rows.trades());
            CorporateActionData.insert(connection, dialect, CorporateActionData.of(rows));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    public static void insertTickers(Connection connection, List<Ticker> tickers) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO tickers (symbol, name, exchange) VALUES (?, ?, ?)")) {
            for (Ticker ticker : tickers) {
                insert.setString(1, ticker.symbol());
                insert.setString(2, ticker.name());
                insert.setString(3, ticker.exchange());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static void insertPrices(Connection connection, Dialect dialect, List<StockPrice> prices)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stock_prices"
                + " (stock_ticker, date, open, high, low, close, volume) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (StockPrice price : prices) {
                insert.setString(1, price.stockTicker());
                dialect.setDate(insert, 2, price.date());
                insert.setDouble(3, price.open());
                insert.setDouble(4, price.high());
                insert.setDouble(5, price.low());
                insert.setDouble(6, price.close());
                insert.setLong(7, price.volume());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static void insertTrades(Connection connection, Dialect dialect, List<Trade> trades) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO trades"
                + " (id, stock_ticker, side, quantity, price, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Trade trade : trades) {
                insert.setLong(1, trade.id());
                insert.setString(2, trade.stockTicker());
                insert.setString(3, trade.side().name());
                insert.setLong(4, trade.quantity());
                insert.setDouble(5, trade.price());
                dialect.setTimestamp(insert, 6, trade.updatedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** What {@link #addRows} added, for a person to read. */
    public record Added(LocalDate pricesAt, List<Trade> newTrades, Trade amended, boolean newTicker) {
        @Override
        public String toString() {
            return "added " + (newTicker ? "ticker " + NEW_TICKER.symbol() + ", " : "") + "its price on " + pricesAt
                    + " (the last synced day), " + newTrades.size() + " trades ("
                    + tiesAt(newTrades.get(0).updatedAt())
                    + " at the last synced updated_at "
                    + format(newTrades.get(0).updatedAt()) + "), and amended trade "
                    + amended.id() + " (updated_at moves to " + format(amended.updatedAt()) + ")";
        }

        private static String format(OffsetDateTime time) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }

        private long tiesAt(OffsetDateTime at) {
            return newTrades.stream().filter(t -> t.updatedAt().isEqual(at)).count();
        }
    }

    /**
     * Adds rows as a source database gets them between two syncs, including rows whose cursor
     * equals the highest one already there (what the last sync's state holds):
     *
     * <ul>
     *   <li>ticker {@link #NEW_TICKER}, with a price on the latest day that has prices;
     *   <li>two trades at the latest {@code updated_at}, and three one to three minutes later;
     *   <li>the oldest trade amended: its quantity grows and its {@code updated_at} moves past all
     *       others.
     * </ul>
     */
    public static Added addRows(Connection connection, Dialect dialect) throws SQLException {
        LocalDate lastDay = single(connection, "SELECT max(date) AS m FROM stock_prices", r -> dialect.getDate(r, "m"));
        OffsetDateTime lastUpdate =
                single(connection, "SELECT max(updated_at) AS m FROM trades", r -> dialect.getTimestamp(r, "m"));
        long lastId = single(connection, "SELECT max(id) AS m FROM trades", r -> r.getLong("m"));
        long firstId = single(connection, "SELECT min(id) AS m FROM trades", r -> r.getLong("m"));

        boolean newTicker =
                single(connection, "SELECT count(*) AS m FROM tickers WHERE symbol = 'TSLA'", r -> r.getLong("m")) == 0;
        if (newTicker) {
            insertTickers(connection, List.of(NEW_TICKER));
        }
        insertPrices(
                connection,
                dialect,
                List.of(new StockPrice(NEW_TICKER.symbol(), lastDay, 250.10, 255.35, 248.00, 254.20, 4_200_000L)));

        Random random = new Random(lastId);
        List<Trade> trades = new ArrayList<>();
        trades.add(trade(lastId + 1, NEW_TICKER.symbol(), lastUpdate, random));
        trades.add(trade(lastId + 2, "AAPL", lastUpdate, random));
        for (int minute = 1; minute <= 3; minute++) {
            trades.add(trade(lastId + 2 + minute, NEW_TICKER.symbol(), lastUpdate.plusMinutes(minute), random));
        }
        insertTrades(connection, dialect, trades);

        OffsetDateTime amendedAt = lastUpdate.plusMinutes(5);
        try (PreparedStatement amend = connection.prepareStatement(
                "UPDATE trades SET quantity = quantity + 100, updated_at = ? WHERE id = ?")) {
            dialect.setTimestamp(amend, 1, amendedAt);
            amend.setLong(2, firstId);
            amend.executeUpdate();
        }
        Trade amended = single(
                connection,
                "SELECT id, stock_ticker, side, quantity, price, updated_at AS m FROM trades WHERE id = ?",
                r -> new Trade(
                        r.getLong("id"),
                        r.getString("stock_ticker"),
                        Side.valueOf(r.getString("side")),
                        r.getLong("quantity"),
                        r.getDouble("price"),
                        dialect.getTimestamp(r, "m")),
                firstId);
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        return new Added(lastDay, List.copyOf(trades), amended, newTicker);
    }

    private static Trade trade(long id, String ticker, OffsetDateTime at, Random random) {
        return new Trade(
                id,
                ticker,
                random.nextBoolean() ? Side.BUY : Side.SELL,
                1 + random.nextInt(500),
                cents(50 + random.nextDouble() * 400),
                at);
    }

    private static double cents(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private interface Column<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The one value of a one-row query; fails when the tables are empty. */
    private static <T> T single(Connection connection, String sql, Column<T> column, long... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                T value = row.next() ? column.read(row) : null;
                if (value == null) {
                    throw new SQLException("no rows for: " + sql + " (are the demo tables empty?)");
                }
                return value;
            }
        }
    }
}
