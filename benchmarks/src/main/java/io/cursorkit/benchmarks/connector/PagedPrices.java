package io.cursorkit.benchmarks.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The I/O-bound concurrency benchmark: a source that waits {@code page_millis} (20 ms) for each page
 * of {@link Paged#PAGE} records, as an API or a database round trip would, in {@code partitions} (32)
 * partitions sorted by date, a state every 1000 records. Reading one partition at a time, the waits
 * add up; with {@code concurrency} n, n partitions wait at once.
 */
@Stream(
        name = "paged_prices",
        primaryKey = {"stock_ticker", "date"})
@CheckpointInterval(StockPrices.CHECKPOINT_INTERVAL)
public final class PagedPrices {
    private final long records;
    private final int partitions;
    private final long pageMillis;

    public PagedPrices(SyntheticConfig config) {
        this.records = config.records();
        this.partitions = config.partitions() == null ? 32 : config.partitions();
        this.pageMillis = config.pageMillis() == null ? 20 : config.pageMillis();
    }

    @Partitions
    public List<Integer> partitions() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            list.add(i);
        }
        return list;
    }

    public Iterator<StockPrice> read(Integer partition, String since) {
        long count = records / partitions + (partition < records % partitions ? 1 : 0);
        Iterator<StockPrice> generated = new StockHalves.Since(new StockPriceGenerator(count), since);
        return new Paged(generated, pageMillis);
    }
}
