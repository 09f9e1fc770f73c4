package io.cursorkit.benchmarks.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The I/O-bound benchmark of a sliced incremental stream, the kind read ahead and emitted in order:
 * {@link PagedPrices}' source (a wait of {@code page_millis} per page of 500 records) in {@code
 * partitions} (32) slices, each slice's dates after the one before it, so the whole stream is
 * sorted; a state every 1000 records and after each slice.
 */
@Stream(
        name = "paged_slices",
        primaryKey = {"stock_ticker", "date"})
@CheckpointInterval(StockPrices.CHECKPOINT_INTERVAL)
public final class PagedSlices {
    private final long records;
    private final int slices;
    private final long pageMillis;

    public PagedSlices(SyntheticConfig config) {
        this.records = config.records();
        this.slices = config.partitions() == null ? 32 : config.partitions();
        this.pageMillis = config.pageMillis() == null ? 20 : config.pageMillis();
    }

    @Slices
    public List<Integer> slices() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            list.add(i);
        }
        return list;
    }

    public Iterator<StockPrice> read(Integer slice, String since) {
        long perSlice = records / slices;
        long count = perSlice + (slice == slices - 1 ? records % slices : 0);
        // Slice i's days start after those of every slice before it (ten records a day).
        long offsetDays = slice * (perSlice / StockPriceGenerator.RECORDS_PER_DATE + 1);
        Iterator<StockPrice> generated = new StockHalves.Since(new Shifted(count, offsetDays), since);
        return new Paged(generated, pageMillis);
    }

    /** The generator's records, {@code days} later: a date string made once per day, not per record. */
    private static final class Shifted implements Iterator<StockPrice> {
        private final StockPriceGenerator records;
        private final long days;
        private String from;
        private String to;

        Shifted(long count, long days) {
            this.records = new StockPriceGenerator(count);
            this.days = days;
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public StockPrice next() {
            StockPrice p = records.next();
            if (!p.date().equals(from)) {
                from = p.date();
                to = LocalDate.parse(from).plusDays(days).toString();
            }
            return new StockPrice(to, p.stockTicker(), p.open(), p.high(), p.low(), p.close(), p.volume());
        }
    }
}
