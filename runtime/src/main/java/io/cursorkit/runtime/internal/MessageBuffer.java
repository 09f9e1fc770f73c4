package io.cursorkit.runtime.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The buffer between the protocol's JSON generator and stdout. It passes bytes on only at message
 * boundaries ({@link #endMessage}), so that a message whose writing fails half way (a record
 * writer throwing) can be taken back ({@link #truncate}) and stdout keeps holding whole messages.
 * It grows past its nominal size for a message larger than it. Not thread safe: only the
 * protocol writer's owner thread uses it.
 */
final class MessageBuffer extends OutputStream {
    /**
     * Bytes held before they are passed on. In a concurrent read every hand-over to the stdout
     * writer wakes a thread: 256 KB rather than 64 KB quartered the hand-overs and halved the
     * system time of a CPU-bound read at concurrency 2 (benchmarks/RESULTS.md, "Concurrency"),
     * for a few MB at concurrency 8.
     */
    static final int SIZE = 256 * 1024;

    /**
     * Where a concurrent reader hands its buffer over: below {@link #SIZE} by more than the JSON
     * generator's own buffer (8000 bytes, passed on in one piece) and a record, so that the array
     * does not have to grow (a copy of all it holds) before each hand-over.
     */
    static final int HAND_OVER_AT = SIZE - 16 * 1024;

    private OutputStream target;
    /** Whether {@link #endMessage} passes a full buffer on; off while a concurrent reader publishes itself. */
    private boolean autoDrain = true;

    private byte[] bytes = new byte[SIZE];
    private int count;

    MessageBuffer(OutputStream target) {
        this.target = target;
    }

    @Override
    public void write(int b) {
        if (count == bytes.length) {
            grow(count + 1);
        }
        bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (count + len > bytes.length) {
            grow(count + len);
        }
        System.arraycopy(b, off, bytes, count, len);
        count += len;
    }

    /** Bytes held and not yet passed on. */
    int size() {
        return count;
    }

    /** Drops the bytes after {@code size}, a value {@link #size} had since the last pass. */
    void truncate(int size) {
        count = Math.min(count, Math.max(0, size));
    }

    /** Called after each complete message: passes the bytes on when the buffer is full. */
    void endMessage() throws IOException {
        if (autoDrain && count >= SIZE) {
            drain();
        }
    }

    /** Deliberately does nothing: only {@link #endMessage} and {@link #drain} pass bytes on. */
    @Override
    public void flush() {}

    /** Passes every held byte on and flushes the target. */
    void drain() throws IOException {
        if (count > 0 && target instanceof OutputChannel.Stream channel) {
            // The array itself goes to the channel (no copy); a written-out one comes back. If the
            // channel refuses it (stdout failed), the bytes stay here as with any target.
            channel.send(bytes, count);
            count = 0;
            bytes = channel.spare(SIZE);
            return;
        }
        if (count > 0) {
            target.write(bytes, 0, count);
            count = 0;
        }
        target.flush();
        if (bytes.length > 4 * SIZE) {
            bytes = new byte[SIZE];
        }
    }

    /** Where drained bytes go from now on; call only when the buffer is empty. */
    void retarget(OutputStream target) {
        this.target = target;
    }

    OutputStream target() {
        return target;
    }

    /**
     * With {@code false}, bytes are passed on only by {@link #drain}: a concurrent reader must hand its
     * records over together with the progress that covers them (see {@link ParallelStreamReader}).
     */
    void autoDrain(boolean on) {
        this.autoDrain = on;
    }

    private void grow(int needed) {
        bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
    }
}
