package io.cursorkit.benchmarks.connector;

import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/**
 * The same records as {@link StockPrices} without {@code @CheckpointInterval}: one state at the
 * end of the stream only. Reading it instead of {@code stock_prices} measures what checkpointing
 * every 1000 records costs.
 */
@Stream(
        name = StockPricesUnchecked.NAME,
        primaryKey = {"stock_ticker", "date"})
public final class StockPricesUnchecked {
    /** The stream's name in the catalog. */
    public static final String NAME = "stock_prices_unchecked";

    private final long records;

    public StockPricesUnchecked(SyntheticConfig config) {
        this.records = config.records();
    }

    public Iterator<StockPrice> read() {
        return new StockPriceGenerator(records);
    }
}
