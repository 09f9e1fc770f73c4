package io.cursorkit.runtime.internal;

import io.cursorkit.runtime.spi.GeneratedStream;

/**
 * One stream of a read, its state decoded and checked before any stream starts: everything a
 * reader needs but the thread that reads it.
 *
 * @param owned the state the stream owns ({@code @StreamState}), synced incrementally; else null
 */
record PreparedStream<G, T, R, C extends Comparable<? super C>, S>(
        GeneratedStream<G, T, R, C, S> stream,
        boolean incremental,
        ResumePoint<C> resume,
        OwnedStateRun<T, S, R, ?> owned) {

    PreparedStream(GeneratedStream<G, T, R, C, S> stream, boolean incremental, ResumePoint<C> resume) {
        this(stream, incremental, resume, null);
    }

    /** The sequential reader of the whole stream, writing through {@code out}. */
    StreamReader<G, T, R, C, S> reader(ProtocolWriter out) {
        return new StreamReader<>(stream, incremental, resume, owned, out);
    }
}
