package io.cursorkit.runtime.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the protocol messages of a concurrent {@code read} go: the one component that owns the
 * connector's output while several threads read. Its interface is deliberately narrow, so that a
 * second kind of channel (Airbyte's socket data channel, several Unix domain sockets) can be added
 * beside {@link StdoutChannel} without touching the readers.
 *
 * <p>Rules every channel keeps:
 *
 * <ul>
 *   <li>{@link #send} takes whole messages only (complete lines, each ending with a line end) and
 *       passes each batch on unbroken, in the order sent by one thread; batches of different
 *       threads are not interleaved inside each other.
 *   <li>{@link #send} blocks while the channel holds its bound of unwritten bytes: a slow reader of
 *       the output slows the senders down and never grows the heap.
 *   <li>{@link #log} may be called from any thread at any time and never blocks on the output; the
 *       line goes out within a second, between two batches, even while no thread sends.
 * </ul>
 */
interface OutputChannel extends AutoCloseable {
    /** Passes on {@code bytes}, one or more whole messages; the channel owns the array from now on. */
    default void send(byte[] bytes) throws IOException {
        send(bytes, bytes.length);
    }

    /**
     * Passes on the first {@code length} bytes of {@code bytes}, one or more whole messages; the
     * channel owns the whole array from now on (it may hand it out again through {@link #spare}).
     */
    void send(byte[] bytes, int length) throws IOException;

    /**
     * An empty array of at least {@code size} bytes for the next buffer of a sender: one the channel
     * has written out and kept (at most its bound of them), else a new one. Recycling spares the
     * copy of every buffer and its garbage; a channel that keeps none returns a new array.
     */
    default byte[] spare(int size) {
        return new byte[size];
    }

    /** A LOG message, masked by the channel, from any thread. */
    void log(ProtocolWriter.Level level, String message, String stackTrace);

    /** Writes everything sent and logged so far, then stops; later log lines go to stderr. */
    @Override
    void close() throws IOException;

    /**
     * An output stream for a {@link MessageBuffer}: each write (a buffer drained at a message
     * boundary) becomes one {@link #send}; a {@link MessageBuffer} hands its whole array over
     * instead ({@link Stream#send}), without a copy.
     */
    static Stream stream(OutputChannel channel) {
        return new Stream(channel);
    }

    /** See {@link #stream}. */
    final class Stream extends OutputStream {
        private final OutputChannel channel;

        private Stream(OutputChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            channel.send(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                channel.send(java.util.Arrays.copyOfRange(b, off, off + len));
            }
        }

        /** {@link OutputChannel#send(byte[], int)}: gives the array away, when it returns normally. */
        void send(byte[] bytes, int length) throws IOException {
            channel.send(bytes, length);
        }

        /** {@link OutputChannel#spare}. */
        byte[] spare(int size) {
            return channel.spare(size);
        }
    }
}
