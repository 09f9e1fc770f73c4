package io.cursorkit.benchmarks.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;
import java.util.List;

/**
 * The CPU-bound concurrency benchmark: the records of {@link StockPrices} made in memory, in two
 * partitions of half the records each (each sorted, a state every 1000 records), so that two
 * threads can serialise them side by side. Its name has the length of {@link StockPrices#NAME}, so
 * its records have the same size as the baselines'.
 */
@Stream(
        name = StockHalves.NAME,
        primaryKey = {"stock_ticker", "date"})
@CheckpointInterval(StockPrices.CHECKPOINT_INTERVAL)
public final class StockHalves {
    /** The stream's name in the catalog, as long as {@link StockPrices#NAME}. */
    public static final String NAME = "stock_halves";

    private final long records;

    public StockHalves(SyntheticConfig config) {
        this.records = config.records();
    }

    @Partitions
    public List<String> halves() {
        return List.of("first", "second");
    }

    public Iterator<StockPrice> read(String half, String since) {
        long count = half.equals("first") ? records / 2 : records - records / 2;
        return new Since(new StockPriceGenerator(count), since);
    }

    /** The records at or after {@code since} (all of them on a first sync). */
    static final class Since implements Iterator<StockPrice> {
        private final Iterator<StockPrice> records;
        private StockPrice next;

        Since(Iterator<StockPrice> records, String since) {
            this.records = records;
            do {
                next = records.hasNext() ? records.next() : null;
            } while (next != null && since != null && next.date().compareTo(since) < 0);
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public StockPrice next() {
            StockPrice current = next;
            next = records.hasNext() ? records.next() : null;
            return current;
        }
    }
}
