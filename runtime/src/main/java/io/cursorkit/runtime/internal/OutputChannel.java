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
    void send(byte[] bytes) throws IOException;

    /** A LOG message, masked by the channel, from any thread. */
    void log(ProtocolWriter.Level level, String message, String stackTrace);

    /** Writes everything sent and logged so far, then stops; later log lines go to stderr. */
    @Override
    void close() throws IOException;

    /**
     * An output stream for a {@link MessageBuffer}: each write (a buffer drained at a message
     * boundary) becomes one {@link #send}.
     */
    static OutputStream stream(OutputChannel channel) {
        return new OutputStream() {
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
        };
    }
}
