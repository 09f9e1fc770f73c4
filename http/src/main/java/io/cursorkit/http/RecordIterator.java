package io.cursorkit.http;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of a paged read, decoded one at a time, from {@link Request#iterator}. Rules:
 *
 * <ul>
 *   <li>Lazy, no prefetch: the first page is requested by the first {@link #hasNext()} (or {@link
 *       #next()}); page {@code n + 1} by the first {@code hasNext()} after the last record of
 *       page {@code n} was returned. A page without records is skipped (the next one is fetched
 *       at once) unless it is the last.
 *   <li>Each record is decoded when {@link #next()} returns it; one that does not decode throws
 *       an {@link HttpException} naming the request and the record's index in its page.
 *   <li>{@link #close()} ends it: {@code hasNext()} is false from then on and nothing more is
 *       sent. Responses are read whole, so nothing stays open between pages. Not thread-safe.
 * </ul>
 */
public final class RecordIterator<R> implements Iterator<R>, AutoCloseable {
    private final Pages pages;
    private final Class<R> type;
    private Page page;
    private int count;
    private int index;
    private boolean closed;

    RecordIterator(Pages pages, Class<R> type) {
        this.pages = pages;
        this.type = type;
    }

    @Override
    public boolean hasNext() {
        while (!closed && index == count) {
            if (!pages.hasNext()) {
                return false;
            }
            page = pages.next();
            count = page.recordCount();
            index = 0;
        }
        return !closed;
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more records");
        }
        int at = index++;
        return page.record(at, type, "record " + at + " of " + pointerText());
    }

    /** Stops the read; safe to call more than once. */
    @Override
    public void close() {
        closed = true;
        pages.close();
    }

    private String pointerText() {
        return pages.pointer().matches()
                ? "the top-level array"
                : pages.pointer().toString();
    }

    @Override
    public String toString() {
        return "RecordIterator[" + (page == null ? "no page read yet" : page.toString()) + ", next record " + index
                + "]";
    }
}
