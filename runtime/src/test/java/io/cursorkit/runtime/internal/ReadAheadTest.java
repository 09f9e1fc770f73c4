package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.runtime.spi.CloseableIterator;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link ReadAhead} on its own: order, who reads a unit, failures in place, stopping, bounds. */
class ReadAheadTest {
    /** A thread per task: every unit handed to the pool is read ahead at once. */
    static final Executor THREADS = task -> {
        Thread thread = new Thread(task, "ahead");
        thread.setDaemon(true);
        thread.start();
    };

    /** Unit i holds the records "i.0" ... "i.(n-1)". */
    static List<String> unit(int index, int n) {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(index + "." + i);
        }
        return records;
    }

    static <R> List<R> drain(ReadAhead<R> ahead, int units) throws Exception {
        List<R> out = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            try (CloseableIterator<R> records = ahead.take(i)) {
                records.forEachRemaining(out::add);
            }
        }
        return out;
    }

    @Test
    void unitsComeOutInTheirOrderWhicheverReadEndsFirst() throws Exception {
        CountDownLatch lastEnded = new CountDownLatch(1);
        ReadAhead<String> ahead = new ReadAhead<>(
                4,
                unit -> {
                    if (unit == 1) {
                        await(lastEnded); // unit 1 is read only after unit 3 has ended
                    }
                    List<String> records = unit(unit, 50);
                    return closing(records.iterator(), unit == 3 ? lastEnded::countDown : () -> {});
                },
                THREADS,
                3);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            expected.addAll(unit(i, 50));
        }
        assertEquals(expected, drain(ahead, 4));
    }

    @Test
    void aUnitWhoseReadAheadNeverStartedIsReadByTheTakingThread() throws Exception {
        List<Runnable> neverRun = new ArrayList<>();
        List<String> readers = new CopyOnWriteArrayList<>();
        ReadAhead<String> ahead = new ReadAhead<>(
                5,
                unit -> {
                    readers.add(Thread.currentThread().getName());
                    return closing(unit(unit, 3).iterator(), () -> {});
                },
                neverRun::add,
                4);
        assertEquals(15, drain(ahead, 5).size());
        assertEquals(
                List.of(Thread.currentThread().getName()),
                readers.stream().distinct().toList());
        assertEquals(4, neverRun.size()); // queued once each, and left alone when they run late
        neverRun.forEach(Runnable::run);
        assertEquals(5, readers.size());
    }

    @Test
    void whatAReadThrowsComesAfterTheRecordsBeforeItAsItself() throws Exception {
        SQLException reset = new SQLException("connection reset");
        ReadAhead<String> ahead = new ReadAhead<>(
                2,
                unitOneReadAhead(unit -> {
                    if (unit == 0) {
                        return closing(unit(0, 2).iterator(), () -> {});
                    }
                    Iterator<String> two = unit(1, 2).iterator();
                    return closing(
                            new Iterator<>() {
                                @Override
                                public boolean hasNext() {
                                    if (!two.hasNext()) {
                                        throw ReadAheadTest.<RuntimeException>sneaky(reset);
                                    }
                                    return true;
                                }

                                @Override
                                public String next() {
                                    return two.next();
                                }
                            },
                            () -> {});
                }),
                THREADS,
                1);
        List<String> seen = new ArrayList<>();
        ahead.take(0).forEachRemaining(seen::add);
        CloseableIterator<String> second = ahead.take(1);
        Exception thrown = assertThrows(Exception.class, () -> second.forEachRemaining(seen::add));
        assertSame(reset, thrown);
        assertEquals(List.of("0.0", "0.1", "1.0", "1.1"), seen);
    }

    @Test
    void whatClosingThrowsComesAfterTheUnitsRecords() throws Exception {
        IllegalStateException failed = new IllegalStateException("close failed");
        ReadAhead<String> ahead = new ReadAhead<>(
                2,
                unitOneReadAhead(unit -> closing(unit(unit, 3).iterator(), () -> {
                    if (unit == 1) {
                        throw failed;
                    }
                })),
                THREADS,
                1);
        assertEquals(unit(0, 3), drain(ahead, 1));
        CloseableIterator<String> second = ahead.take(1);
        List<String> seen = new ArrayList<>();
        assertSame(failed, assertThrows(IllegalStateException.class, () -> second.forEachRemaining(seen::add)));
        assertEquals(unit(1, 3), seen);
    }

    @Test
    void closingStopsTheReadsAheadWhichCloseWhatTheyOpenedAndHoldNoMoreThanTheirCapacity() throws Exception {
        int ahead = 3;
        CountDownLatch full = new CountDownLatch(ahead);
        CountDownLatch closed = new CountDownLatch(ahead);
        AtomicInteger[] produced = new AtomicInteger[ahead + 1];
        ReadAhead<Integer> reads = new ReadAhead<>(
                ahead + 1,
                unit -> {
                    produced[unit] = new AtomicInteger();
                    Iterator<Integer> endless = new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return true;
                        }

                        @Override
                        public Integer next() {
                            if (produced[unit].incrementAndGet() == ReadAhead.CAPACITY + 2) {
                                full.countDown(); // one more than its queue holds: it waits now
                            }
                            return unit;
                        }
                    };
                    return closing(endless, unit == 0 ? () -> {} : closed::countDown);
                },
                THREADS,
                ahead);
        CloseableIterator<Integer> first = reads.take(0);
        assertEquals(0, first.next());
        await(full);
        reads.close();
        first.close();
        await(closed); // each read ahead closed its iterator, on its own thread
        for (int unit = 1; unit <= ahead; unit++) {
            // the queue's places (its capacity and the end's) and the one that waited for a place
            assertEquals(ReadAhead.CAPACITY + 2, produced[unit].get(), "unit " + unit);
        }
    }

    @Test
    void aNullRecordReachesTheReaderAsNull() throws Exception {
        ReadAhead<String> ahead = new ReadAhead<>(
                2,
                unitOneReadAhead(unit ->
                        closing((unit == 0 ? List.<String>of() : Arrays.asList("a", null, "b")).iterator(), () -> {})),
                THREADS,
                1);
        assertEquals(List.of(), drain(ahead, 1));
        CloseableIterator<String> second = ahead.take(1);
        assertEquals("a", second.next());
        assertNull(second.next());
        assertEquals("b", second.next());
        assertFalse(second.hasNext());
    }

    /**
     * {@code opener}, with unit 0 opened only once unit 1 is: unit 1 is then surely read ahead on
     * another thread, not by the taking thread when its turn comes.
     */
    private static <R> ReadAhead.Opener<R> unitOneReadAhead(ReadAhead.Opener<R> opener) {
        CountDownLatch opened = new CountDownLatch(1);
        return unit -> {
            if (unit == 0) {
                await(opened);
            } else if (unit == 1) {
                opened.countDown();
            }
            return opener.open(unit);
        };
    }

    private static <T> CloseableIterator<T> closing(Iterator<T> iterator, Runnable onClose) {
        return new CloseableIterator<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public T next() {
                return iterator.next();
            }

            @Override
            public void close() {
                onClose.run();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
