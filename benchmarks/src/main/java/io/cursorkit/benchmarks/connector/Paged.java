package io.cursorkit.benchmarks.connector;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A source's records as a paged API or database hands them over: before each page of {@link
 * #PAGE} records, the wait of one round trip. The waits are real sleeps, since they stand for time
 * spent outside the process, which is what concurrent reads overlap.
 */
final class Paged implements Iterator<StockPrice> {
    /** Records per page. */
    static final int PAGE = 500;

    private final Iterator<StockPrice> records;
    private final long pageMillis;
    private long inPage = PAGE;

    Paged(Iterator<StockPrice> records, long pageMillis) {
        this.records = records;
        this.pageMillis = pageMillis;
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public StockPrice next() {
        if (!records.hasNext()) {
            throw new NoSuchElementException();
        }
        if (inPage == PAGE) {
            inPage = 0;
            try {
                Thread.sleep(pageMillis); // the round trip of the next page
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a page", e);
            }
        }
        inPage++;
        return records.next();
    }
}
