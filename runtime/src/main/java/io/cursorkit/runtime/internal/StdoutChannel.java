package io.cursorkit.runtime.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The {@link OutputChannel} of standard output: one writer thread owns the stream and moves whole
 * buffers to it from a bounded queue; LOG lines wait in a queue of their own and are written between
 * two buffers, so they never land inside a message. The writer flushes whenever it has nothing left
 * to write, so a STATE never waits in a buffer for more output.
 *
 * <p>Bounds: at most {@code capacity} buffers wait (a sender blocks beyond that), at most
 * {@code capacity} written-out arrays (of at most twice {@link MessageBuffer#SIZE} bytes) are kept for
 * the senders to fill again ({@link #spare}: no copy and no garbage per buffer), and at most
 * {@link ProtocolWriter#MAX_QUEUED_LINES} log lines (more go to stderr). The writer wakes at least
 * every {@link #LOG_WAIT_MILLIS} ms to write log lines, also while every sender is blocked elsewhere.
 */
final class StdoutChannel implements OutputChannel {
    /** How long a log line may wait for the writer when nothing is sent. */
    static final long LOG_WAIT_MILLIS = 200;

    private static final Batch END = new Batch(new byte[0], 0);

    private final OutputStream target;
    private final SecretMasker masker;
    private final BlockingQueue<Batch> buffers;
    /** Written-out arrays of {@link MessageBuffer#SIZE} to twice as many bytes, for {@link #spare}. */
    private final BlockingQueue<byte[]> spares;

    private final BlockingQueue<String[]> lines = new LinkedBlockingQueue<>(ProtocolWriter.MAX_QUEUED_LINES);
    private final Thread writer;
    private volatile IOException failure;
    private volatile boolean closed;

    /** Starts the writer thread; {@code capacity} buffers may wait for it. */
    StdoutChannel(OutputStream target, SecretMasker masker, int capacity) {
        this.target = target;
        this.masker = masker;
        this.buffers = new ArrayBlockingQueue<>(capacity);
        this.spares = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::writeLoop, "cursorkit-stdout");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void send(byte[] bytes, int length) throws IOException {
        Batch batch = new Batch(bytes, length);
        try {
            while (!buffers.offer(batch, LOG_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                failed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for stdout");
        }
        failed();
    }

    @Override
    public byte[] spare(int size) {
        byte[] spare = spares.poll();
        return spare != null && spare.length >= size ? spare : new byte[size];
    }

    @Override
    public void log(ProtocolWriter.Level level, String message, String stackTrace) {
        if (closed || !lines.offer(new String[] {level.name(), message, stackTrace})) {
            System.err.println(masker.mask(message));
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            while (writer.isAlive() && !buffers.offer(END, LOG_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                // the writer is busy or has failed; the loop ends either way
            }
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed = true;
            String[] line;
            while ((line = lines.poll()) != null) {
                System.err.println(masker.mask(line[1]));
            }
        }
        failed();
    }

    private void failed() throws IOException {
        IOException e = failure;
        if (e != null) {
            throw new Failed(e);
        }
    }

    /** Stdout cannot be written: the whole read ends, not a stream. */
    static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;

        Failed(IOException cause) {
            super("stdout failed: " + cause.getMessage(), cause);
        }
    }

    private void writeLoop() {
        // The log lines are encoded by a writer of this thread's own, straight onto the target.
        ProtocolWriter logs = new ProtocolWriter(target);
        logs.setMasker(masker);
        try {
            while (true) {
                Batch next = buffers.poll(LOG_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                if (next == END) {
                    writeLines(logs);
                    target.flush();
                    return;
                }
                if (next != null) {
                    target.write(next.bytes, 0, next.length);
                    int length = next.bytes.length;
                    if (length >= MessageBuffer.SIZE && length <= 2 * MessageBuffer.SIZE) {
                        // No zeroing: a sender writes from the start and sends only what it wrote.
                        // Arrays a buffer grew to come back too, so that buffers stop growing.
                        spares.offer(next.bytes);
                    }
                }
                writeLines(logs);
                if (buffers.isEmpty()) {
                    target.flush();
                }
            }
        } catch (IOException e) {
            failure = e;
            buffers.clear();
        } catch (java.io.UncheckedIOException e) {
            failure = e.getCause();
            buffers.clear();
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("the stdout writer was interrupted");
            buffers.clear();
        }
    }

    /** The first {@code length} bytes of {@code bytes}: whole messages of one sender. */
    private record Batch(byte[] bytes, int length) {}

    private void writeLines(ProtocolWriter logs) throws IOException {
        String[] line = lines.poll();
        if (line == null) {
            return;
        }
        for (; line != null; line = lines.poll()) {
            logs.log(ProtocolWriter.Level.valueOf(line[0]), line[1], line[2]);
        }
        logs.flush();
    }
}
