package io.cursorkit.runtime.internal;

import io.cursorkit.runtime.spi.GeneratedStream;

/**
 * One stream of a read, its state decoded and checked before any stream starts: everything a
 * reader needs but the thread that reads it.
 *
 * @param owned the state the stream owns ({@code @StreamState}), synced incrementally; else null
 * @param window the stream's {@code @CursorWindow} with the config's values, or null
 * @param syncStart when the {@code read} began (the future margin counts from it)
 */
record PreparedStream<G, T, R, C extends Comparable<? super C>, S>(
        GeneratedStream<G, T, R, C, S> stream,
        boolean incremental,
        ResumePoint<C> resume,
        OwnedStateRun<T, S, R, ?> owned,
        io.cursorkit.runtime.spi.WindowBounds<C> window,
        java.time.Instant syncStart) {

    PreparedStream(GeneratedStream<G, T, R, C, S> stream, boolean incremental, ResumePoint<C> resume) {
        this(stream, incremental, resume, null);
    }

    PreparedStream(
            GeneratedStream<G, T, R, C, S> stream,
            boolean incremental,
            ResumePoint<C> resume,
            OwnedStateRun<T, S, R, ?> owned) {
        this(stream, incremental, resume, owned, null, null);
    }

    /** Whether the stream keeps to a {@code @CursorWindow}: then one thread reads it whole. */
    boolean windowed() {
        return window != null && !window.isEmpty();
    }

    /** The sequential reader of the whole stream, writing through {@code out}. */
    StreamReader<G, T, R, C, S> reader(ProtocolWriter out) {
        return new StreamReader<>(stream, incremental, resume, owned, out, window, syncStart);
    }
}
