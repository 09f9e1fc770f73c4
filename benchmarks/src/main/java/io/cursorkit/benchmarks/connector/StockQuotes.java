package io.cursorkit.benchmarks.connector;

import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/**
 * The same records as {@link StockPrices} without {@code @CheckpointInterval}: one state at the
 * end of the stream only. Reading it instead of {@code stock_prices} measures what checkpointing
 * every 1000 records costs; its name has the same length, so that its records have the same size.
 */
@Stream(
        name = StockQuotes.NAME,
        primaryKey = {"stock_ticker", "date"})
public final class StockQuotes {
    /** The stream's name in the catalog, as long as {@link StockPrices#NAME}. */
    public static final String NAME = "stock_quotes";

    private final long records;

    public StockQuotes(SyntheticConfig config) {
        this.records = config.records();
    }

    public Iterator<StockPrice> read() {
        return new StockPriceGenerator(records);
    }
}
