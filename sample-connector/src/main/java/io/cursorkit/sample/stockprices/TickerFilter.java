package io.cursorkit.sample.stockprices;

import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Params;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The config's optional list of tickers, as a SQL condition with one parameter per ticker. */
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

    /** Binds the parameters of {@link #sql}. */
    void bind(Params params) throws SQLException {
        params.strings(tickers);
    }
}
