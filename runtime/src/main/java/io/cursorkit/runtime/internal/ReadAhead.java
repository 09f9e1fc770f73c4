package io.cursorkit.runtime.internal;

import io.cursorkit.runtime.spi.CloseableIterator;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the units (slices or partitions) of one stream ahead, on other threads of a concurrent
 * read, while one thread emits them one after another in their listed order. What the stream
 * emits is therefore exactly what a read on one thread emits: the same records, the same states at
 * the same places, and so every guarantee of its kind. Only the waiting of the author's {@code
 * read} (a query, a page of an API) overlaps.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>Units are taken in order, each once ({@link #take}). A unit whose read has not started on
 *       another thread when its turn comes is read by the taking thread itself: no thread ever waits
 *       for a task that has not started, so a pool of any size, shared by any number of streams,
 *       cannot deadlock.
 *   <li>At most {@code ahead} units past the one taken are read ahead, each holding at most {@link
 *       #CAPACITY} records it read and nobody emitted: memory stays bounded, and a slow stdout
 *       slows the reads ahead too.
 *   <li>What a unit's read throws, opening, iterating or closing, reaches the taking thread after
 *       the unit's records before it, from the iterator's {@code hasNext}, as the same exception.
 *   <li>{@link #close} (and closing a unit's iterator early) stops the reads ahead: what they read
 *       is dropped, never emitted, and each iterator is closed by the thread that opened it.
 * </ul>
 *
 * @param <R> the record type
 */
final class ReadAhead<R> implements AutoCloseable {
    /** Records a unit read ahead may hold. */
    static final int CAPACITY = 10_000;

    /** Opens the records of a unit, by its index: the stream's {@code read} of that slice. */
    interface Opener<R> {
        CloseableIterator<R> open(int unit) throws Exception;
    }

    private static final int QUEUED = 0;
    private static final int READING_AHEAD = 1;
    private static final int TAKEN = 2;

    /** The end of a unit's records in its queue. */
    private static final Object END = new Object();
    /** A null record in a queue, which holds no null: it reaches the reader as null. */
    private static final Object NULL = new Object();

    private final Opener<R> opener;
    private final Executor pool;
    private final int ahead;
    private final List<Unit> units;
    /** Units below it have been handed to the pool or taken; touched by the taking thread only. */
    private int scheduled = 1;

    private volatile boolean closed;

    /**
     * Reads {@code count} units through {@code opener}, up to {@code ahead} of them ahead on {@code
     * pool}'s threads.
     */
    ReadAhead(int count, Opener<R> opener, Executor pool, int ahead) {
        this.opener = opener;
        this.pool = pool;
        this.ahead = ahead;
        this.units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            units.add(new Unit(i));
        }
    }

    /**
     * The records of unit {@code index}, in the order its read returns them. Call it for 0, 1, 2...
     * and close each iterator before taking the next.
     *
     * @throws Exception what opening the unit threw, when this thread reads it
     */
    CloseableIterator<R> take(int index) throws Exception {
        int until = Math.min(units.size(), index + ahead + 1);
        for (int i = Math.max(scheduled, index + 1); i < until; i++) {
            Unit unit = units.get(i);
            pool.execute(unit::readAhead);
        }
        scheduled = Math.max(scheduled, until);
        Unit unit = units.get(index);
        if (unit.state.compareAndSet(QUEUED, TAKEN)) {
            return open(index); // not started elsewhere: read it here, waiting for nobody
        }
        return unit.new Drain();
    }

    @Override
    public void close() {
        closed = true;
        for (Unit unit : units) {
            unit.stop();
        }
    }

    private CloseableIterator<R> open(int index) throws Exception {
        CloseableIterator<R> records = opener.open(index);
        if (records == null) {
            throw new IllegalStateException("read returned null");
        }
        return records;
    }

    /** One unit: its state, and the queue its read ahead fills. */
    private final class Unit {
        private final int index;
        private final AtomicInteger state = new AtomicInteger(QUEUED);
        /**
         * Records, then {@link #END} or what the read threw; set by the task before it leaves {@link
         * #QUEUED}.
         */
        private volatile BlockingQueue<Object> queue;

        private volatile boolean stopped;

        Unit(int index) {
            this.index = index;
        }

        /** The task on a pool thread: reads the whole unit into its queue, unless taken or stopped. */
        void readAhead() {
            BlockingQueue<Object> filled = new ArrayBlockingQueue<>(CAPACITY + 1);
            queue = filled;
            if (!state.compareAndSet(QUEUED, READING_AHEAD)) {
                return;
            }
            Throwable failure = null;
            CloseableIterator<R> records = null;
            try {
                records = open(index);
                // One put after each look at the flag: a stop, which clears the queue after setting
                // the flag, always frees the place this put waits for.
                while (!stopped() && records.hasNext()) {
                    R record = records.next();
                    filled.put(record == null ? NULL : record);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new InterruptedIOException("interrupted while reading ahead");
            } catch (Exception | Error e) {
                failure = e;
            }
            if (records != null) {
                try {
                    records.close();
                } catch (Exception | Error e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (!stopped()) {
                try {
                    filled.put(failure == null ? END : new Failed(failure));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        boolean stopped() {
            return stopped || closed;
        }

        void stop() {
            stopped = true;
            state.compareAndSet(QUEUED, TAKEN);
            BlockingQueue<Object> filled = queue;
            if (filled != null) {
                filled.clear();
            }
        }

        /** The unit's records as the reading ahead queued them, for the taking thread. */
        final class Drain implements CloseableIterator<R> {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = take();
                }
                if (next instanceof Failed failed) {
                    next = END; // thrown once; the reader closes the iterator next
                    throw Failed.<RuntimeException>sneaky(failed.cause());
                }
                return next != END;
            }

            @Override
            @SuppressWarnings("unchecked")
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object record = next;
                next = null;
                return record == NULL ? null : (R) record;
            }

            @Override
            public void close() {
                stop();
            }

            private Object take() {
                try {
                    // Set before the unit left QUEUED, which it has: else the taking thread reads it.
                    return queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Failed(new InterruptedIOException("interrupted while waiting for a slice read ahead"));
                }
            }
        }
    }

    /** What a unit's read threw, in its queue after the records before it. */
    private record Failed(Throwable cause) {
        /** Throws {@code cause} as it is, checked or not: the reader handles it as the read on one thread would. */
        @SuppressWarnings("unchecked")
        static <E extends Throwable> E sneaky(Throwable cause) throws E {
            throw (E) cause;
        }
    }
}
