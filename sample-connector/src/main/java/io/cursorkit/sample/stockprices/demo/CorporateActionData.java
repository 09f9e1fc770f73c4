package io.cursorkit.sample.stockprices.demo;

import io.cursorkit.sample.stockprices.CorporateAction;
import io.cursorkit.sample.stockprices.StockPrice;
import io.cursorkit.sample.stockprices.Ticker;
import io.cursorkit.sample.stockprices.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The demo's {@code corporate_actions} table: each ticker's feed of dividends and splits, numbered
 * {@code 1, 2, 3, ...} per ticker. Deterministic: the same demo rows give the same actions.
 *
 * <ul>
 *   <li>a dividend per ticker and month, ex-date the first weekday from the 15th, while that day
 *       has prices;
 *   <li>one split of NVDA, 4 for 1, in the second month.
 * </ul>
 */
public final class CorporateActionData {
    private CorporateActionData() {}

    /** The DDL of the table, portable (SQLite and PostgreSQL); {@code ex_date} as the other dates. */
    public static final String DDL = "CREATE TABLE corporate_actions ("
            + " ticker VARCHAR(16) NOT NULL,"
            + " seq BIGINT NOT NULL,"
            + " action VARCHAR(16) NOT NULL,"
            + " ex_date DATE NOT NULL,"
            + " amount DOUBLE PRECISION NOT NULL,"
            + " PRIMARY KEY (ticker, seq))";

    /** The actions that go with {@code rows}: within the days that have prices. */
    public static List<CorporateAction> of(DemoData.Rows rows) {
        List<LocalDate> days =
                rows.prices().stream().map(StockPrice::date).sorted().toList();
        List<CorporateAction> actions = new ArrayList<>();
        if (days.isEmpty()) {
            return actions;
        }
        LocalDate last = days.get(days.size() - 1);
        for (Ticker ticker : rows.tickers()) {
            long seq = 0;
            int month = 0;
            for (YearMonth m = YearMonth.from(days.get(0)); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
                LocalDate exDate = weekdayFrom(m.atDay(15));
                if (exDate.isAfter(last)) {
                    break;
                }
                int cents = 10 + Math.floorMod(ticker.symbol().hashCode() + month++, 40);
                actions.add(new CorporateAction(ticker.symbol(), ++seq, "DIVIDEND", exDate, cents / 100.0));
                if (ticker.symbol().equals("NVDA") && month == 2) {
                    actions.add(new CorporateAction(ticker.symbol(), ++seq, "SPLIT", exDate.plusDays(3), 4.0));
                }
            }
        }
        return actions;
    }

    public static void insert(Connection connection, Dialect dialect, List<CorporateAction> actions)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO corporate_actions (ticker, seq, action, ex_date, amount) VALUES (?, ?, ?, ?, ?)")) {
            for (CorporateAction action : actions) {
                insert.setString(1, action.ticker());
                insert.setLong(2, action.seq());
                insert.setString(3, action.action());
                dialect.setDate(insert, 4, action.exDate());
                insert.setDouble(5, action.amount());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** What {@link #addActions} added, for a person to read. */
    public record Added(List<CorporateAction> actions) {
        @Override
        public String toString() {
            return "added " + actions.size() + " corporate actions ("
                    + actions.stream()
                            .map(a -> a.ticker() + " seq " + a.seq() + " " + a.action())
                            .collect(Collectors.joining(", "))
                    + ")";
        }
    }

    /**
     * Adds actions as a source gets them between two syncs: the next dividend of AAPL, and the first
     * action of {@link DemoData#NEW_TICKER} (a ticker with no entry in the state yet), a week after
     * the last day with prices. Each gets the next {@code seq} of its ticker.
     */
    public static Added addActions(Connection connection, Dialect dialect) throws SQLException {
        LocalDate exDate = lastPriceDay(connection, dialect).plusDays(7);
        List<CorporateAction> added = List.of(
                new CorporateAction("AAPL", nextSeq(connection, "AAPL"), "DIVIDEND", exDate, 0.26),
                new CorporateAction(
                        DemoData.NEW_TICKER.symbol(),
                        nextSeq(connection, DemoData.NEW_TICKER.symbol()),
                        "SPLIT",
                        exDate,
                        3.0));
        insert(connection, dialect, added);
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        return new Added(added);
    }

    private static long nextSeq(Connection connection, String ticker) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT coalesce(max(seq), 0) + 1 AS n FROM corporate_actions WHERE ticker = ?")) {
            query.setString(1, ticker);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong("n");
            }
        }
    }

    private static LocalDate lastPriceDay(Connection connection, Dialect dialect) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT max(date) AS m FROM stock_prices");
                ResultSet row = query.executeQuery()) {
            LocalDate day = row.next() ? dialect.getDate(row, "m") : null;
            if (day == null) {
                throw new SQLException("stock_prices is empty: are the demo tables filled?");
            }
            return day;
        }
    }

    private static LocalDate weekdayFrom(LocalDate day) {
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
