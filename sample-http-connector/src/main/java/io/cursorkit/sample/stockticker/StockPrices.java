package io.cursorkit.sample.stockticker;

import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import io.cursorkit.runtime.ConfigException;
import java.util.List;
import java.util.Map;

/**
 * The {@code stock_prices} stream: each ticker's daily prices from {@code
 * /stock/{ticker}/chart/{range}}, one slice per ticker.
 *
 * <p>This is the endpoint of the tutorial "Adding Incremental Sync to a Source". It answers with
 * the days of the range in no particular order, and it has no parameter to leave out the days a
 * previous sync already has. The tutorial's connector therefore sorts the prices by date and drops,
 * by hand, the ones older than the state. Here that code is simply absent: {@code read} does not
 * even take {@code since}. The runtime drops every record whose {@code date} is below the state's
 * cursor and keeps the ones equal to it (a day's price can arrive after a sync that already saw
 * that day for another ticker); the primary key {@code (ticker, date)} keeps those from being
 * committed twice.
 *
 * <p>The tutorial asks for the last 7 days ({@code chart/7d}), which loses days when syncs are more
 * than a week apart; this asks for the whole history ({@code max}), and the runtime's filter makes
 * that cost transfer time, not duplicates. Records come unsorted, so the stream declares no
 * {@code @CheckpointInterval}: the state moves after each ticker (its slice) and its cursor at the
 * end of the stream.
 */
@Stream(
        name = "stock_prices",
        primaryKey = {"ticker", "date"})
public final class StockPrices {
    private final StockApi api;
    private final List<String> tickers;

    public StockPrices(StockTickerConfig config) throws ConfigException {
        this.api = StockApi.of(config);
        this.tickers = config.tickers();
    }

    /** One slice per ticker of the config, in its order. */
    @Slices
    public List<String> tickers() {
        return tickers;
    }

    /** Every price the API has for {@code ticker}, in the API's order; the runtime filters. */
    public java.util.stream.Stream<StockPrice> read(String ticker) {
        return api.source()
                .get("/stock/{ticker}/chart/{range}", Map.of("ticker", ticker, "range", "max"))
                .records("", StockPrice.class);
    }
}
