package io.cursorkit.sample.stockprices;

import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Database;
import io.cursorkit.sample.stockprices.jdbc.Params;
import io.cursorkit.sample.stockprices.jdbc.Query;
import io.cursorkit.sample.stockprices.jdbc.Rows;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The config's optional list of tickers: as a SQL condition with one parameter per ticker, and as
 * the partitions of the streams that keep a cursor per ticker.
 */
final class TickerFilter {
    private final List<String> tickers;

    private TickerFilter(List<String> tickers) {
        this.tickers = tickers;
    }

    /** Upper-cased and trimmed; none at all means every ticker. */
    static TickerFilter from(StockPricesConfig config) throws ConfigException {
        if (config.tickers() == null) {
            return new TickerFilter(List.of());
        }
        List<String> tickers = new java.util.ArrayList<>();
        for (String ticker : config.tickers()) {
            if (ticker == null || ticker.isBlank()) {
                throw new ConfigException("tickers holds an empty entry. List ticker symbols such as"
                        + " [\"AAPL\", \"MSFT\"], or leave tickers out to sync all of them.");
            }
            tickers.add(ticker.trim().toUpperCase(Locale.ROOT));
        }
        return new TickerFilter(List.copyOf(tickers));
    }

    /** {@code ""}, or {@code " AND <column> IN (?, ?)"} with one placeholder per ticker. */
    String sql(String column) {
        return tickers.isEmpty() ? "" : " AND " + column + " IN (" + Params.placeholders(tickers.size()) + ")";
    }

    /**
     * The tickers to sync, as partitions: the config's, in its order, or when it lists none every
     * symbol of the {@code tickers} table, sorted.
     */
    List<String> partitions(Database database) throws ConfigException, SQLException {
        if (!tickers.isEmpty()) {
            return tickers;
        }
        List<String> all = new java.util.ArrayList<>();
        try (Rows<String> rows = ALL.open(database, params -> {}, row -> row.string("symbol"))) {
            rows.forEachRemaining(all::add);
        }
        return all;
    }

    private static final Query ALL =
            new Query("tickers", List.of("symbol"), "SELECT symbol FROM tickers ORDER BY symbol");

    /** Binds the parameters of {@link #sql}. */
    void bind(Params params) throws SQLException {
        params.strings(tickers);
    }
}
