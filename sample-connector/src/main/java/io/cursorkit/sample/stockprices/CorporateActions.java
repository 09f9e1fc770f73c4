package io.cursorkit.sample.stockprices;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Database;
import io.cursorkit.sample.stockprices.jdbc.Query;
import io.cursorkit.sample.stockprices.jdbc.Row;
import io.cursorkit.sample.stockprices.jdbc.Rows;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The {@code corporate_actions} stream: each ticker's feed of dividends and splits, numbered by
 * {@code seq} per ticker. It owns its state ({@link CorporateActionsState}, the last {@code seq} per
 * ticker) because its position is not one field of the records. Each sync reads, ticker by ticker,
 * the actions after that ticker's last {@code seq}; a ticker new to the state gets its whole feed.
 *
 * <p>The rule of {@code @StreamState}: {@link #state()} covers exactly the actions handed out so
 * far, so the position moves in the iterator's {@code next()}. Tickers this sync does not read (not
 * in the config) keep their entry. A state every 5 actions ({@code @CheckpointInterval(5)}).
 */
@Stream(
        name = "corporate_actions",
        primaryKey = {"ticker", "seq"})
@CheckpointInterval(5)
public final class CorporateActions {
    private final Database database;
    private final TickerFilter tickers;
    private final Query query;
    private final Map<String, Long> position = new TreeMap<>();

    public CorporateActions(StockPricesConfig config) throws ConfigException {
        this.database = Database.from(config);
        this.tickers = TickerFilter.from(config);
        this.query = new Query(
                "corporate_actions",
                List.of("ticker", "seq"),
                "SELECT ticker, seq, action, ex_date, amount FROM corporate_actions"
                        + " WHERE ticker = ? AND seq > ? ORDER BY seq");
    }

    /** Every ticker's actions after its last synced {@code seq}; {@code state} is null on a first sync. */
    public Iterator<CorporateAction> read(CorporateActionsState state) throws ConfigException, SQLException {
        position.clear();
        if (state != null) {
            position.putAll(state.lastSeq());
        }
        TickerByTicker actions = new TickerByTicker(tickers.partitions(database).iterator());
        actions.advance(); // here, so that a database the user must fix is a config_error, not a failure later
        return actions;
    }

    /** Covers exactly the actions {@link #read} has handed out. */
    @StreamState
    public CorporateActionsState state() {
        return new CorporateActionsState(Collections.unmodifiableMap(new TreeMap<>(position)));
    }

    /** One query per ticker, opened when the one before is done; the runtime closes it. */
    private final class TickerByTicker implements Iterator<CorporateAction>, AutoCloseable {
        private final Iterator<String> remaining;
        private Rows<CorporateAction> current;

        TickerByTicker(Iterator<String> remaining) {
            this.remaining = remaining;
        }

        @Override
        public boolean hasNext() {
            try {
                return advance();
            } catch (SQLException | ConfigException e) {
                throw new IllegalStateException("reading corporate_actions failed: " + e.getMessage(), e);
            }
        }

        /** Moves to the next ticker that has actions left; false when none has. */
        boolean advance() throws SQLException, ConfigException {
            while (current == null || !current.hasNext()) {
                if (!remaining.hasNext()) {
                    close();
                    return false;
                }
                String ticker = remaining.next();
                long after = position.getOrDefault(ticker, 0L);
                close();
                current = query.open(database, params -> params.string(ticker).number(after), CorporateActions::map);
            }
            return true;
        }

        @Override
        public CorporateAction next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CorporateAction action = current.next();
            position.put(action.ticker(), action.seq()); // handed out: now the state covers it
            return action;
        }

        @Override
        public void close() throws SQLException {
            if (current != null) {
                Rows<CorporateAction> done = current;
                current = null;
                done.close();
            }
        }
    }

    private static CorporateAction map(Row row) throws SQLException {
        return new CorporateAction(
                row.string("ticker"),
                row.longValue("seq"),
                row.string("action"),
                row.date("ex_date"),
                row.doubleValue("amount"));
    }
}
