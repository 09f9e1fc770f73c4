package io.cursorkit.benchmarks.connector;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The deterministic source of every benchmarked program: record {@code i} is the same in the
 * connector and in each baseline. Ten tickers per date, dates ascending from 2000-01-01, prices in
 * whole cents from a fixed pseudo-random sequence. It allocates only the record itself (and one
 * date string per ten records), so that the programs differ only in how they write.
 */
public final class StockPriceGenerator implements Iterator<StockPrice> {
    /** Records that share one date (one per ticker). */
    public static final int RECORDS_PER_DATE = 10;

    private static final String[] TICKERS = {
        "AAPL", "AMZN", "GOOG", "IBM", "INTC", "META", "MSFT", "NFLX", "NVDA", "ORCL"
    };
    private static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

    private final long count;
    private long index;
    private LocalDate day = FIRST_DATE;
    private String date = FIRST_DATE.toString();

    /** Yields {@code count} records. */
    public StockPriceGenerator(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("record count must be >= 0, was " + count);
        }
        this.count = count;
    }

    @Override
    public boolean hasNext() {
        return index < count;
    }

    @Override
    public StockPrice next() {
        if (index >= count) {
            throw new NoSuchElementException();
        }
        long i = index++;
        int ticker = (int) (i % RECORDS_PER_DATE);
        if (ticker == 0 && i > 0) {
            day = day.plusDays(1);
            date = day.toString();
        }
        long bits = mix(i);
        long openCents = 1_000 + (bits & 0xFFFF); // 10.00 .. 665.35
        long spread = (bits >>> 16) & 0x3FF; // up to 10.23
        long closeCents = openCents + ((bits >>> 26) & 0x1FF) - 256;
        long highCents = Math.max(openCents, closeCents) + spread;
        long lowCents = Math.max(1, Math.min(openCents, closeCents) - spread);
        long volume = (bits >>> 40) & 0xFFFFFF;
        return new StockPrice(
                date,
                TICKERS[ticker],
                openCents / 100.0,
                highCents / 100.0,
                lowCents / 100.0,
                closeCents / 100.0,
                volume);
    }

    /** SplitMix64's finalizer: a well mixed, reproducible 64-bit value per index. */
    private static long mix(long i) {
        long z = (i + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
