package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.RecordWriter;
import io.cursorkit.runtime.spi.StreamInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the units (slices or partitions) of one stream side by side, for the kinds of stream whose
 * state stays exact when their records interleave ({@link #suits}):
 *
 * <ul>
 *   <li>sorted partitions ({@code @Partitions} + {@code @CheckpointInterval}, synced incremental):
 *       each partition's cursor and keys at it describe exactly what it emitted, so a STATE built
 *       from every partition's published progress covers exactly the records handed over before it;
 *       the top-level cursor is the lowest of them (a low-water mark);
 *   <li>streams synced full refresh: their state is {@code {}} and covers nothing to resume from.
 * </ul>
 *
 * <p>The rule that keeps a STATE exact: a unit hands its records to the channel only together with
 * the progress that covers them, both under the stream's lock ({@link Unit#publish}); a STATE is
 * built and sent under the same lock. So every record on stdout before a STATE is covered by it, and
 * none after it is. {@code recordCount} counts what was handed over since the previous STATE.
 *
 * <p>A unit that fails ends the stream: the other units stop at their next hand-over, the unit
 * that ends last sends a STATE of the published progress (an out-of-order partition rewound to
 * where this sync started), then {@code INCOMPLETE} and the TRACE error. Other streams go on.
 */
final class ParallelStreamReader<G, T, R, C extends Comparable<? super C>, S> {
    private final GeneratedStream<G, T, R, C, S> stream;
    private final StreamInfo info;
    private final StreamDescriptor descriptor;
    private final RecordWriter<R> writer;
    private final boolean incremental;
    private final int interval;
    private final ResumePoint<C> resume;
    private final SerializedString cursorName;
    private final ConcurrentRead<G> read;
    /** Logs only (any thread may log through it); errors go through the ending thread's writer. */
    private final StreamMessages<C> messages;

    private final Object lock = new Object();
    // Guarded by lock from here on.
    private final PartitionCursors<C> partitions;
    private T object;
    private List<S> units;
    private int left;
    private boolean running;
    /** Records handed over since the last STATE. */
    private long pending;

    private long emitted;
    private long dropped;
    private String lastState;
    /** Where each STATE's text is built. */
    private final JsonText stateText = new JsonText();

    private Throwable failure;
    private String failedWhile;
    private OrderViolation violation;
    private int violationUnit;

    ParallelStreamReader(PreparedStream<G, T, R, C, S> prepared, ConcurrentRead<G> read) {
        this.stream = prepared.stream();
        this.info = stream.info();
        this.descriptor = StreamDescriptor.of(info);
        this.writer = stream.recordWriter();
        this.incremental = prepared.incremental();
        this.interval = info.checkpointInterval();
        this.resume = incremental ? prepared.resume() : ResumePoint.start();
        this.cursorName = incremental ? new SerializedString(info.cursorField()) : null;
        this.read = read;
        // a cursor the user chose is named in every state, as StreamReader does
        this.partitions = incremental
                ? new PartitionCursors<>(
                        resume,
                        stream.stateSerializer(),
                        info.maxPartitions(),
                        info.userChosenCursor() ? info.cursorField() : null)
                : null;
        this.messages = new StreamMessages<>(info, descriptor, read.writer(), stream.stateSerializer());
    }

    /** Whether the units of {@code prepared}'s stream may be read side by side (see the class comment). */
    static boolean suits(PreparedStream<?, ?, ?, ?, ?> prepared) {
        StreamInfo info = prepared.stream().info();
        if (prepared.windowed()) {
            return false; // a @CursorWindow's trackers and window keys live in the sequential reader
        }
        if (prepared.owned() != null || prepared.stream().parentLink() != null) {
            // Its own state (one completed slice at a time), or a child stream (its partitions come
            // from reading its parent, whose cursor its state keeps): read whole by one thread.
            return false;
        }
        if (prepared.incremental()) {
            return info.partitioned() && info.sorted();
        }
        return info.sliced() || info.partitioned();
    }

    /** The stream's first task: STARTED, the stream object, its units, one task per unit. */
    void start(G config, ProtocolWriter out) throws IOException {
        out.streamStatus(descriptor, ProtocolWriter.Status.STARTED);
        messages.started(incremental, partitions != null, partitions != null && resume.hasPartitions(), resume.since());
        String phase = "creating the stream object";
        try {
            T created = stream.create(config);
            phase = "listing its slices";
            List<S> listed = stream.slices(created, resume.since());
            if (listed == null) {
                throw new IllegalStateException("slices returned null instead of a list");
            }
            if (partitions != null) {
                List<String> texts = new ArrayList<>(listed.size());
                for (S each : listed) {
                    texts.add(JsonTrees.text(JsonTrees.parse(json(each))));
                }
                partitions.start(texts);
            }
            synchronized (lock) {
                object = created;
                units = listed;
                left = listed.size();
            }
        } catch (Exception | Error e) {
            if (!Failures.recoverable(e)) {
                throw (Error) e;
            }
            synchronized (lock) {
                failure = e;
                failedWhile = phase;
                end(out);
            }
            return;
        }
        out.publish();
        if (units.isEmpty()) {
            synchronized (lock) {
                end(out);
            }
            return;
        }
        for (int i = 0; i < units.size(); i++) {
            int index = i;
            read.submit(() -> new Unit(index, read.writer()).run());
        }
    }

    /** One slice or partition, read by one thread. */
    private final class Unit {
        private final int index;
        private final ProtocolWriter out;
        private CursorTracker<R, C> tracker;
        /** Records written to {@link #out} and not yet handed over. */
        private long unpublished;

        private long sinceState;

        Unit(int index, ProtocolWriter out) {
            this.index = index;
            this.out = out;
        }

        void run() throws IOException {
            out.holdRecords(true);
            try {
                read();
            } catch (OrderViolation v) {
                synchronized (lock) {
                    if (violation == null && failure == null) {
                        violation = v;
                        violationUnit = index;
                    }
                }
            } catch (Exception | Error e) {
                if (e instanceof StdoutChannel.Failed stdout) {
                    throw stdout;
                }
                if (!Failures.recoverable(e)) {
                    throw (Error) e;
                }
                synchronized (lock) {
                    if (violation == null && failure == null) {
                        failure = e;
                        failedWhile = "reading";
                    }
                }
            } finally {
                out.holdRecords(false);
            }
            synchronized (lock) {
                publish();
                if (tracker != null) {
                    dropped += tracker.dropped();
                }
                boolean last = --left == 0;
                if (!last && !failed()) {
                    // A STATE when a unit ends, so that what a kill costs is bounded by the units in
                    // flight (n each), not by every unit that ended since the last STATE.
                    checkpoint(out);
                }
                if (last) {
                    end(out);
                }
            }
        }

        private void read() throws Exception {
            S unit;
            synchronized (lock) {
                if (failed()) {
                    return;
                }
                unit = units.get(index);
                if (partitions != null) {
                    tracker = new CursorTracker<>(stream, partitions.resume(index), messages);
                }
            }
            CloseableIterator<R> records = stream.read(object, unit, tracker == null ? null : tracker.since());
            if (records == null) {
                throw new IllegalStateException("read returned null");
            }
            try {
                boolean announced = false;
                while (records.hasNext()) {
                    R record = records.next();
                    if (tracker != null && !tracker.accept(record)) {
                        continue;
                    }
                    if (!announced) {
                        announced = true;
                        announce();
                    }
                    out.record(descriptor, writer, record);
                    unpublished++;
                    boolean goOn;
                    if (++sinceState == interval) {
                        sinceState = 0;
                        synchronized (lock) {
                            goOn = checkpoint(out);
                        }
                    } else if (out.buffered() >= MessageBuffer.HAND_OVER_AT) {
                        synchronized (lock) {
                            goOn = publish();
                        }
                    } else {
                        continue;
                    }
                    if (!goOn) {
                        break; // another unit failed: this one stops
                    }
                }
            } catch (Exception | Error e) {
                try {
                    records.close();
                } catch (Exception | Error closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
            records.close();
        }

        /** RUNNING before the stream's first record: the first unit with a record sends it. */
        private void announce() throws IOException {
            synchronized (lock) {
                if (!running) {
                    running = true;
                    out.streamStatus(descriptor, ProtocolWriter.Status.RUNNING);
                }
            }
        }

        /** Hands the written records over with the progress that covers them; false once the stream failed. */
        private boolean publish() throws IOException {
            if (partitions != null && tracker != null) {
                partitions.move(index, tracker.max(), tracker.keysAtMax());
            }
            out.publish();
            pending += unpublished;
            emitted += unpublished;
            unpublished = 0;
            return !failed();
        }

        /** A STATE of everything handed over, this unit's records included. */
        private boolean checkpoint(ProtocolWriter to) throws IOException {
            boolean goOn = publish();
            sendState(to, false);
            return goOn;
        }
    }

    /** Ends the stream, by the unit that ends last (or the first task): a STATE, then the status. */
    private void end(ProtocolWriter out) throws IOException {
        if (violation != null) {
            // Rewind: a later sync must not skip what this one missed in the partition.
            ResumePoint<C> from = resume.partition(partitions.partition(violationUnit));
            partitions.move(violationUnit, from.since(), from.keysAtCursor());
            sendState(out, true);
            out.streamStatus(descriptor, ProtocolWriter.Status.INCOMPLETE);
            @SuppressWarnings("unchecked")
            C cursor = (C) violation.cursor();
            @SuppressWarnings("unchecked")
            C previous = (C) violation.previous();
            errors(out).orderViolation(cursor, previous, partitions.partition(violationUnit));
            read.streamEnded(false);
        } else if (failure != null) {
            if (pending > 0) {
                sendState(out, false);
            }
            errors(out).failure(failedWhile, failure);
            read.streamEnded(false);
        } else {
            sendState(out, false);
            messages.completed(emitted, dropped, null);
            out.streamStatus(descriptor, ProtocolWriter.Status.COMPLETE);
            read.streamEnded(true);
        }
        out.publish();
    }

    /** Sends a STATE of the published progress, unless it would repeat the last one with no record between. */
    private void sendState(ProtocolWriter out, boolean always) throws IOException {
        String state;
        JsonGenerator g = stateText.start();
        try {
            if (partitions != null) {
                int before = partitions.leftOut();
                partitions.write(g, cursorName, -1, null, null);
                if (partitions.leftOut() > 0 && before == 0) {
                    messages.partitionsLeftOut(partitions.withCursor(), partitions.leftOut());
                }
            } else {
                g.writeStartObject();
                g.writeEndObject();
            }
            state = stateText.finish();
        } catch (IOException | RuntimeException | Error e) {
            stateText.abandon();
            throw e;
        }
        if (!always && pending == 0 && state.equals(lastState)) {
            return;
        }
        out.state(descriptor, body -> body.writeRawValue(state), pending);
        lastState = state;
        pending = 0;
    }

    private boolean failed() {
        return failure != null || violation != null;
    }

    private StreamMessages<C> errors(ProtocolWriter out) {
        return new StreamMessages<>(info, descriptor, out, stream.stateSerializer());
    }

    private String json(S unit) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(text)) {
            stream.stateSerializer().writeSlice(unit, g);
        }
        return text.toString();
    }
}
