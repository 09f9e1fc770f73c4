package io.cursorkit.runtime.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@code read} on {@code concurrency} threads (docs/API.md, "Concurrency"). Streams are read side
 * by side; the units of a stream whose state can describe them interleaved are read and emitted side
 * by side ({@link ParallelStreamReader#suits}); every other stream is emitted in order by one thread
 * with the sequential {@link StreamReader}, while other threads read its next units ahead ({@link
 * ReadAhead}).
 *
 * <p>No task waits for a task that has not started, so a pool of any size cannot deadlock: the
 * units of {@link ParallelStreamReader} never wait for each other (its first task queues one task
 * per unit; the unit that ends last ends the stream), and a stream emitted in order reads a unit
 * itself when the task that was to read it ahead has not started, while a task reading ahead waits
 * only for that running thread to take its records. Each reading thread has its own {@link ProtocolWriter}, which hands whole buffers to
 * the one {@link StdoutChannel}; the calling thread's writer is diverted to the channel meanwhile,
 * so every LOG line, from any thread, reaches stdout within a second.
 */
final class ConcurrentRead<G> {
    /** Buffers that may wait for stdout per reading thread, besides the one each is filling. */
    static final int BUFFERS_PER_THREAD = 2;

    private final G config;
    private final OutputChannel channel;
    private final SecretMasker masker;
    private final ExecutorService pool;
    private final int threads;
    private final ThreadLocal<ProtocolWriter> writers = new ThreadLocal<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private final AtomicInteger failed = new AtomicInteger();
    private final CountDownLatch streamsLeft;

    private ConcurrentRead(G config, OutputChannel channel, SecretMasker masker, int threads, int streams) {
        this.config = config;
        this.channel = channel;
        this.masker = masker;
        this.streamsLeft = new CountDownLatch(streams);
        this.threads = threads;
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "cursorkit-reader-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Reads {@code streams} on {@code threads} threads, writing through {@code out}'s stream.
     *
     * @return how many streams did not complete
     * @throws IOException when stdout failed
     */
    static <G> int run(List<PreparedStream<G, ?, ?, ?, ?>> streams, G config, int threads, ProtocolWriter out)
            throws IOException {
        OutputStream stdout = out.target();
        out.flush();
        StdoutChannel channel = new StdoutChannel(stdout, out.masker(), 4 + BUFFERS_PER_THREAD * threads);
        ConcurrentRead<G> read = new ConcurrentRead<>(config, channel, out.masker(), threads, streams.size());
        out.divert(channel);
        try {
            out.log(
                    ProtocolWriter.Level.INFO,
                    "Reading " + streams.size() + " streams on up to " + threads + " threads (concurrency " + threads
                            + ").");
            for (PreparedStream<G, ?, ?, ?, ?> stream : streams) {
                read.submit(() -> read.start(stream));
            }
            read.await();
        } finally {
            read.pool.shutdownNow();
            try {
                out.restore(stdout);
            } finally {
                channel.close();
            }
        }
        return read.failed.get();
    }

    private <T, R, C extends Comparable<? super C>, S> void start(PreparedStream<G, T, R, C, S> prepared)
            throws IOException {
        ProtocolWriter out = writer();
        if (ParallelStreamReader.suits(prepared)) {
            new ParallelStreamReader<>(prepared, this).start(config, out);
        } else {
            // One thread emits the stream's units in order, as a read on one thread does, while
            // the other threads read the next ones ahead of it.
            boolean completed = prepared.reader(out)
                    .readingAhead(task -> submit(task::run), threads - 1)
                    .run(config);
            out.publish();
            streamEnded(completed);
        }
    }

    /**
     * Queues a task of a stream; what it throws but a stream failure ends the whole read. Tasks
     * start in the order queued, and a task waits only for tasks that started before it.
     */
    void submit(Task task) {
        pool.execute(() -> {
            try {
                task.run();
            } catch (IOException | RuntimeException | Error e) {
                if (fatal.compareAndSet(null, e)) {
                    // Wake the waiting thread: the read is over.
                    while (streamsLeft.getCount() > 0) {
                        streamsLeft.countDown();
                    }
                }
            }
        });
    }

    /** One stream has ended; {@code completed} is false when it failed. */
    void streamEnded(boolean completed) {
        if (!completed) {
            failed.incrementAndGet();
        }
        streamsLeft.countDown();
    }

    /** The calling reading thread's writer. */
    ProtocolWriter writer() {
        ProtocolWriter out = writers.get();
        if (out == null) {
            out = new ProtocolWriter(channel, masker);
            writers.set(out);
        }
        return out;
    }

    private void await() throws IOException {
        try {
            streamsLeft.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading");
        }
        Throwable e = fatal.get();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof UncheckedIOException io) {
            throw io.getCause();
        } else if (e instanceof RuntimeException runtime) {
            throw runtime;
        } else if (e instanceof Error error) {
            throw error;
        }
    }

    /** A task of a reading thread. */
    interface Task {
        void run() throws IOException;
    }
}
