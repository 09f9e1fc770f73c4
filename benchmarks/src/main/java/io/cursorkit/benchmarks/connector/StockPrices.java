package io.cursorkit.benchmarks.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/** The benchmarked stream: sorted by date, with a state every 1000 records. */
@Stream(
        name = StockPrices.NAME,
        primaryKey = {"stock_ticker", "date"})
@CheckpointInterval(StockPrices.CHECKPOINT_INTERVAL)
public final class StockPrices {
    /** The stream's name in the catalog. */
    public static final String NAME = "stock_prices";

    /** Records between two states; the baselines checkpoint at the same rate. */
    public static final int CHECKPOINT_INTERVAL = 1000;

    private final long records;

    public StockPrices(SyntheticConfig config) {
        this.records = config.records();
    }

    public Iterator<StockPrice> read() {
        return new StockPriceGenerator(records);
    }
}
