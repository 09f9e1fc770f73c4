package io.cursorkit.sample.stockticker.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The local API's data: deterministic, computed from indexes, never stored, so a server with
 * millions of trades starts at once and every run serves the same values.
 *
 * <p>Prices: one per ticker and day, from {@code firstDay} for {@code days} days. Trades: {@code
 * tradesPerDay} a day; trade {@code id} (from 1) falls on day {@code (id - 1) / tradesPerDay}, and
 * within a day two consecutive trades share each {@code updated_at}, so the cursor has ties. Ids
 * are in {@code updated_at} order. {@link #addDays} extends both to new days, as a market does
 * between two syncs.
 */
public final class MarketData {
    /** The tickers the API knows, and the price each starts near. */
    public static final List<String> TICKERS = List.of("AAPL", "MSFT", "GOOG", "AMZN", "TSLA");

    private static final double[] BASE_PRICE = {190.0, 410.0, 140.0, 180.0, 240.0};

    private final LocalDate firstDay;
    private final int tradesPerDay;
    private final long secondsBetweenPairs;
    private volatile int days;

    public MarketData(LocalDate firstDay, int days, int tradesPerDay) {
        if (days < 1 || tradesPerDay < 2 || tradesPerDay > 86_400) {
            throw new IllegalArgumentException("days must be at least 1 and trades per day 2 to 86400");
        }
        this.firstDay = firstDay;
        this.days = days;
        this.tradesPerDay = tradesPerDay;
        this.secondsBetweenPairs = 2L * 86_400 / tradesPerDay;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }

    public int days() {
        return days;
    }

    /** How many trades there are: ids 1 to this. */
    public long tradeCount() {
        return (long) days * tradesPerDay;
    }

    /** Adds {@code more} days of prices and trades after the last day. */
    public synchronized void addDays(int more) {
        if (more < 1) {
            throw new IllegalArgumentException("days to add must be at least 1");
        }
        days += more;
    }

    public static int tickerIndex(String ticker) {
        return TICKERS.indexOf(ticker);
    }

    // ---------- prices ----------

    /** The closing price of the ticker (by index) on the day (by index from the first day). */
    public double close(int ticker, long day) {
        double wave = Math.sin((day + 11.0 * ticker) / 9.0) * 0.08 + Math.sin(day / 31.0) * 0.05;
        double noise = (unit(mix(ticker * 1_000_003L + day)) - 0.5) * 0.02;
        return cents(BASE_PRICE[ticker] * (1 + wave + noise));
    }

    /** The price of ticker {@code ticker} on day index {@code day}, as the chart endpoint writes it. */
    public Price price(int ticker, int day) {
        double close = close(ticker, day);
        double open = day == 0 ? close : close(ticker, day - 1L);
        long h = mix(ticker * 7_919L + day * 104_729L);
        double spread = close * (0.002 + unit(h) * 0.01);
        return new Price(
                TICKERS.get(ticker),
                firstDay.plusDays(day),
                open,
                cents(Math.max(open, close) + spread),
                cents(Math.min(open, close) - spread),
                close,
                1_000_000 + (h >>> 20) % 9_000_000);
    }

    /**
     * The order in which the chart endpoint lists the last {@code count} days of a ticker: a fixed
     * shuffle, so that a client cannot rely on any order.
     */
    public int[] chartDays(int ticker, int count) {
        int n = Math.min(count, days);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = days - n + i;
        }
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates with a seed per ticker and length
            int j = (int) Long.remainderUnsigned(mix(ticker * 31L + n * 1_000_033L + i), i + 1L);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    // ---------- trades ----------

    public OffsetDateTime updatedAt(long id) {
        long index = id - 1;
        long day = index / tradesPerDay;
        long pair = (index % tradesPerDay) / 2;
        return firstDay.plusDays(day)
                .atStartOfDay()
                .plusSeconds(pair * secondsBetweenPairs)
                .atOffset(ZoneOffset.UTC);
    }

    /** The first trade id whose {@code updated_at} is at or after {@code since}; past the last id when none. */
    public long firstIdAtOrAfter(OffsetDateTime since) {
        long low = 1;
        long high = tradeCount() + 1;
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (updatedAt(middle).isBefore(since)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    public int tradeTicker(long id) {
        return (int) Long.remainderUnsigned(mix(id * 0x9E3779B97F4A7C15L), TICKERS.size());
    }

    public Trade trade(long id) {
        long h = mix(id);
        int ticker = tradeTicker(id);
        long day = (id - 1) / tradesPerDay;
        double price = cents(close(ticker, day) * (1 + (unit(h) - 0.5) * 0.01));
        return new Trade(
                id, TICKERS.get(ticker), (h & 1) == 0 ? "BUY" : "SELL", 1 + (h >>> 40) % 1000, price, updatedAt(id));
    }

    public record Price(
            String ticker, LocalDate date, double open, double high, double low, double close, long volume) {}

    public record Trade(long id, String ticker, String side, long quantity, double price, OffsetDateTime updatedAt) {}

    private static double cents(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** A well-mixed 64-bit hash (SplitMix64's finaliser). */
    private static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }
}
