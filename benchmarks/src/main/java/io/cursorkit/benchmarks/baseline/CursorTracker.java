package io.cursorkit.benchmarks.baseline;

import io.cursorkit.benchmarks.connector.StockPrice;
import io.cursorkit.benchmarks.connector.StockPrices;
import java.util.ArrayList;
import java.util.List;

/**
 * The state bookkeeping every baseline does by hand, as cursorkit defines it for a sorted stream:
 * the highest cursor so far, the records at exactly that cursor (their keys go into the state) and
 * the count since the last state. Records must come in ascending cursor order, as the runtime
 * verifies for {@code @CheckpointInterval} streams.
 */
final class CursorTracker {
    private final int interval;
    private final List<StockPrice> atCursor = new ArrayList<>();
    private String cursor;
    private int sinceState;

    /** A tracker that asks for a state every {@code interval} records; 0 for never. */
    CursorTracker(int interval) {
        this.interval = interval;
    }

    /** A tracker for the sorted stream, checkpointing as {@link StockPrices} does. */
    static CursorTracker sorted() {
        return new CursorTracker(StockPrices.CHECKPOINT_INTERVAL);
    }

    /**
     * Takes one record into account.
     *
     * @return whether a state is due after this record
     * @throws IllegalStateException when the record's cursor is below the previous one
     */
    boolean accept(StockPrice record) {
        String date = record.date();
        int order = cursor == null ? 1 : date.compareTo(cursor);
        if (order > 0) {
            cursor = date;
            atCursor.clear();
        } else if (order < 0) {
            throw new IllegalStateException("date " + date + " came after " + cursor + ": not ascending");
        }
        atCursor.add(record);
        return ++sinceState == interval;
    }

    /** The highest cursor so far; null before the first record. */
    String cursor() {
        return cursor;
    }

    /** The records whose cursor equals {@link #cursor()}, in the order they came. */
    List<StockPrice> atCursor() {
        return atCursor;
    }

    /** The number of records since the last state, and starts counting again. */
    int takeCount() {
        int count = sinceState;
        sinceState = 0;
        return count;
    }
}
