package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.RecordWriter;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;

/**
 * Reads one stream of a {@code read} and emits its records, states and statuses with the
 * semantics of DESIGN.md, "State". Created per stream and used once.
 *
 * <p>The per-record path is: the {@link CursorTracker} (cursor, comparison with {@code since} and
 * with the highest cursor so far), the generated record writer, a counter.
 */
final class StreamReader<G, T, R, C extends Comparable<? super C>, S> {
    private static final SerializedString CURSORKIT = new SerializedString(ResumePoint.CURSORKIT);
    private static final SerializedString KEYS_AT_CURSOR = new SerializedString(ResumePoint.KEYS_AT_CURSOR);
    private static final SerializedString COMPLETED_SLICE = new SerializedString(ResumePoint.COMPLETED_SLICE);

    private final GeneratedStream<G, T, R, C, S> stream;
    private final StreamInfo info;
    private final StreamDescriptor descriptor;
    private final ProtocolWriter out;
    private final RecordWriter<R> writer;
    private final StateSerializer<C, S> serializer;
    private final boolean incremental;
    private final boolean sorted;
    private final int interval;
    private final ResumePoint<C> resume;
    private final C since;
    private final SerializedString cursorName;
    /** The chosen cursor's name, written under cursorkit; null when the cursor is source defined. */
    private final String chosenCursor;

    private final StreamMessages<C> messages;
    /** The stream's {@code @CursorWindow} for this sync, or null. */
    private final StreamWindow<C> window;
    /** The cursor bookkeeping: of the stream, or of the partition being read. */
    private CursorTracker<R, C> tracker;
    /** The partitions' cursors; null when the stream is not partitioned. */
    private final PartitionCursors<C> partitions;
    /** The key position of a full refresh stream resumable by key; null for any other stream. */
    private final KeyPosition<R, C> position;
    /** The partition being read, or -1. */
    private int partition = -1;
    /** Records left out by the trackers of partitions already read. */
    private long droppedBefore;

    /** The state the stream owns ({@code @StreamState}) when synced incrementally; else null. */
    private final OwnedStateRun<T, S, R, ?> owned;
    /** The author's stream object, once created. */
    private T object;

    /** The pool of a concurrent read, where units are read ahead; null when read one at a time. */
    private java.util.concurrent.Executor aheadPool;
    /** How many units past the one emitted may be read ahead. */
    private int aheadUnits;
    /** The units of this sync read ahead, once reading started; else null. */
    private ReadAhead<R> ahead;

    private String completedSlice;
    /** The {@code stream_state} last emitted, to leave out a STATE that would repeat it. */
    private String lastState;

    private long sinceLastState;
    private long emitted;
    private boolean running;

    StreamReader(
            GeneratedStream<G, T, R, C, S> stream, boolean incremental, ResumePoint<C> resume, ProtocolWriter out) {
        this(stream, incremental, resume, null, out, null, null);
    }

    /**
     * A reader of a stream that owns its state: {@code owned} replaces the cursor machinery (the
     * stream has no cursor, so {@code incremental} is false for it).
     */
    StreamReader(
            GeneratedStream<G, T, R, C, S> stream,
            boolean incremental,
            ResumePoint<C> resume,
            OwnedStateRun<T, S, R, ?> owned,
            ProtocolWriter out) {
        this(stream, incremental, resume, owned, out, null, null);
    }

    /**
     * A reader that keeps to {@code window} ({@code @CursorWindow}; null or empty for none), {@code
     * syncStart} being when the {@code read} began. A full refresh keeps to its start and end only.
     */
    StreamReader(
            GeneratedStream<G, T, R, C, S> stream,
            boolean incremental,
            ResumePoint<C> resume,
            OwnedStateRun<T, S, R, ?> owned,
            ProtocolWriter out,
            io.cursorkit.runtime.spi.WindowBounds<C> window,
            java.time.Instant syncStart) {
        this.owned = owned;
        this.stream = stream;
        this.info = stream.info();
        this.descriptor = StreamDescriptor.of(info);
        this.out = out;
        this.writer = stream.recordWriter();
        this.serializer = stream.stateSerializer();
        this.incremental = incremental;
        this.sorted = incremental && info.sorted();
        this.interval = info.checkpointInterval();
        this.position = info.resumableFullRefresh() ? new KeyPosition<>(stream, resume.since()) : null;
        this.resume = incremental ? resume : ResumePoint.start();
        this.since = this.resume.since();
        this.cursorName = incremental ? new SerializedString(info.cursorField()) : null;
        this.chosenCursor = incremental && info.userChosenCursor() ? info.cursorField() : null;
        this.partitions = incremental && info.partitioned()
                ? new PartitionCursors<>(this.resume, serializer, info.maxPartitions(), chosenCursor)
                : null;
        this.messages = new StreamMessages<>(info, descriptor, out, serializer);
        this.window = window != null && !window.isEmpty()
                ? new StreamWindow<>(window, syncStart, descriptor, out, messages)
                : null;
        this.tracker = tracker(this.resume);
    }

    /**
     * Reads the stream's slices or partitions ahead, up to {@code units} past the one being emitted,
     * on {@code pool}'s threads ({@link ReadAhead}): the stream emits exactly what it emits without.
     * Not for a stream that owns its state, whose every slice reads the state the one before left,
     * nor for one resumable by key, whose read starts after the last key emitted.
     */
    StreamReader<G, T, R, C, S> readingAhead(java.util.concurrent.Executor pool, int units) {
        if (owned == null && position == null && units > 0) {
            this.aheadPool = pool;
            this.aheadUnits = units;
        }
        return this;
    }

    /**
     * Runs the stream to its end; a failure of the connector's code is reported and ends only this
     * stream.
     *
     * @return whether the stream completed
     * @throws IOException when stdout cannot be written
     */
    boolean run(G config) throws IOException {
        out.streamStatus(descriptor, ProtocolWriter.Status.STARTED);
        if (owned != null) {
            out.log(ProtocolWriter.Level.INFO, "Stream '" + descriptor + "': " + owned.describeStart());
        } else {
            messages.started(incremental, partitions != null, partitions != null && resume.hasPartitions(), since);
        }
        if (position != null && position.after() != null) {
            messages.resumingAfterKey(position.after());
        }
        String phase = "creating the stream object";
        try {
            object = stream.create(config);
            phase = "listing its slices";
            List<S> slices;
            if (stream.parentLink() != null) {
                phase = "reading its parent stream for its partitions";
                slices = parentPartitions(object, config);
            } else {
                slices = owned != null ? owned.slices(object) : stream.slices(object, tracker.readFrom());
            }
            if (slices == null) {
                throw new IllegalStateException("slices returned null instead of a list");
            }
            phase = "reading";
            if (partitions != null) {
                readPartitions(object, slices);
            }
            int last = partitions != null ? -1 : slices.size() - 1;
            int first = firstSlice(slices);
            if (last > first) {
                C from = tracker.readFrom();
                readAhead(last - first + 1, unit -> stream.read(object, slices.get(first + unit), from));
            }
            for (int i = first; i <= last; i++) {
                S slice = slices.get(i);
                readSlice(open(object, slice, i - first));
                if (owned != null) {
                    owned.sliceDone(object);
                }
                if (info.sliced() && i < last) {
                    completedSlice = json(slice);
                    checkpoint(true);
                }
            }
            completedSlice = null;
            checkpoint(false);
        } catch (OrderViolation violation) {
            reportOrderViolation(violation);
            return false;
        } catch (Exception | Error e) {
            if (!Failures.recoverable(e)) {
                throw (Error) e;
            }
            messages.failure(phase, e);
            return false;
        } finally {
            if (ahead != null) {
                ahead.close(); // a stream that stopped early: what was read ahead is dropped
            }
        }
        messages.completed(emitted, dropped(), position != null ? position.after() : partitions != null ? null : since);
        if (window != null) {
            window.completed();
        }
        out.streamStatus(descriptor, ProtocolWriter.Status.COMPLETE);
        return true;
    }

    /**
     * Reads each partition from its own cursor, with a tracker of its own (so ties, null cursors and
     * the order check are per partition). A sorted stream checkpoints every n records; an unsorted one
     * after each partition that emitted records, the only point where its progress is certain.
     */
    private void readPartitions(T object, List<S> listed) throws Exception {
        List<String> texts = new java.util.ArrayList<>(listed.size());
        for (S each : listed) {
            texts.add(JsonTrees.text(JsonTrees.parse(json(each))));
        }
        partitions.start(texts);
        int last = listed.size() - 1;
        if (aheadPool != null && last > 0) {
            // Read ahead: each partition reads from its own cursor, known before any read; taken
            // here, on this thread, as the threads reading ahead must not touch the partitions.
            List<C> from = new java.util.ArrayList<>(listed.size());
            for (int i = 0; i <= last; i++) {
                from.add(tracker(partitions.resume(i)).readFrom());
            }
            readAhead(listed.size(), unit -> stream.read(object, listed.get(unit), from.get(unit)));
        }
        for (int i = 0; i <= last; i++) {
            // one tracker at a time: a stream may have 100,000 partitions
            tracker = tracker(partitions.resume(i));
            partition = i;
            readSlice(open(object, listed.get(i), i));
            partitions.move(i, tracker.max(), tracker.keysAtMax(), tracker.windowKeys(tracker.max()));
            partition = -1;
            droppedBefore += tracker.dropped();
            if (!sorted && sinceLastState > 0 && i < last) {
                checkpoint(true);
            }
        }
    }

    /** A child stream's partitions, from its parent (see {@link ParentPartitions}). */
    private List<S> parentPartitions(T object, G config) throws Exception {
        ParentPartitions.Listing<S> listing =
                ParentPartitions.list(stream.parentLink(), object, config, info, serializer, resume, incremental, out);
        if (partitions != null) {
            partitions.keepEvery(listing.parentCursor());
        }
        return listing.partitions();
    }

    private CursorTracker<R, C> tracker(ResumePoint<C> from) {
        return new CursorTracker<>(stream, from, messages, window == null ? null : window.tracker(from, sorted));
    }

    private long dropped() {
        if (position != null) {
            return position.dropped();
        }
        return partitions == null ? tracker.dropped() : droppedBefore + (partition >= 0 ? tracker.dropped() : 0);
    }

    private int firstSlice(List<S> slices) throws IOException {
        JsonNode done = owned != null ? owned.completedSlice() : resume.completedSlice();
        if (!info.sliced() || done == null) {
            return 0;
        }
        for (int i = 0; i < slices.size(); i++) {
            String text = json(slices.get(i));
            if (done.equals(JsonTrees.parse(text))) {
                completedSlice = text;
                return i + 1;
            }
        }
        // With a cursor, resuming from every slice costs reading, not duplicates: the cursor (and the
        // keys at it) still leave out what was delivered. Without one, delivered records come again.
        out.log(
                since == null ? ProtocolWriter.Level.WARN : ProtocolWriter.Level.INFO,
                "Stream '" + descriptor + "': the state's completed slice " + done
                        + " is not among the slices listed now; reading every slice"
                        + (since == null
                                ? " again (records already delivered are delivered again)."
                                : ", leaving out what the state's cursor covers."));
        return 0;
    }

    /** Starts reading {@code count} units ahead, in a concurrent read. */
    private void readAhead(int count, ReadAhead.Opener<R> opener) {
        if (aheadPool != null) {
            ahead = new ReadAhead<>(count, opener, aheadPool, aheadUnits);
        }
    }

    /** The records of a slice or partition, the {@code unit}-th this sync reads. */
    private CloseableIterator<R> open(T object, S slice, int unit) throws Exception {
        if (ahead != null) {
            return ahead.take(unit);
        }
        // the stream's since, or the partition's for a partitioned stream (less the lookback of a window)
        CloseableIterator<R> records = owned != null
                ? owned.read(object, slice)
                : stream.read(object, slice, position != null ? position.after() : tracker.readFrom());
        if (records == null) {
            throw new IllegalStateException("read returned null");
        }
        return records;
    }

    private void readSlice(CloseableIterator<R> records) throws Exception {
        try {
            while (records.hasNext()) {
                R record = records.next();
                if (incremental ? !tracker.accept(record) : window != null && !tracker.inWindow(record)) {
                    if (tracker.pastEnd()) {
                        break; // sorted and past the window's end: nothing after it is emitted
                    }
                    continue;
                }
                if (position != null && !position.accept(record)) {
                    continue;
                }
                if (!running) {
                    running = true;
                    out.streamStatus(descriptor, ProtocolWriter.Status.RUNNING);
                }
                out.record(descriptor, writer, record);
                emitted++;
                if (++sinceLastState == interval) {
                    checkpoint(true);
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

    /** Writes a STATE; {@code midStream} states of unsorted streams keep the cursor at {@code since}. */
    private void checkpoint(boolean midStream) throws IOException {
        final C cursor;
        final Collection<String> keys;
        if (!incremental) {
            cursor = null;
            keys = null;
        } else if (midStream && !sorted) {
            cursor = tracker.since();
            keys = tracker.sinceKeys();
        } else {
            cursor = tracker.max();
            keys = tracker.keysAtMax();
        }
        java.util.Map<String, C> windowKeys = incremental ? tracker.windowKeys(cursor) : java.util.Map.of();
        String slice = incremental || owned != null ? completedSlice : null;
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(text)) {
            if (owned != null) {
                owned.write(g, object, slice);
            } else if (position != null) {
                position.write(g, !midStream);
            } else if (partitions != null) {
                writePartitionedState(g, cursor, keys, windowKeys);
            } else {
                writeState(g, cursor, keys, slice, windowKeys);
            }
        }
        String state = text.toString();
        if (sinceLastState == 0 && state.equals(lastState)) {
            // Nothing new since the last STATE (the last record filled a checkpoint interval): a
            // second, identical STATE with recordCount 0 would tell a destination nothing.
            return;
        }
        out.state(descriptor, g -> g.writeRawValue(state), sinceLastState);
        lastState = state;
        sinceLastState = 0;
    }

    private void writeState(
            JsonGenerator g, C cursor, Collection<String> keys, String slice, java.util.Map<String, C> windowKeys)
            throws IOException {
        g.writeStartObject();
        if (cursor != null) {
            g.writeFieldName(cursorName);
            serializer.writeCursor(cursor, g);
        }
        boolean withKeys = cursor != null && keys != null && !keys.isEmpty();
        if (withKeys || slice != null || serializer.version() > 0 || !windowKeys.isEmpty() || chosenCursor != null) {
            g.writeFieldName(CURSORKIT);
            g.writeStartObject();
            if (chosenCursor != null) {
                g.writeStringField(ChosenCursor.CURSOR_FIELD, chosenCursor);
            }
            if (serializer.version() > 0) {
                g.writeNumberField(OwnedStateRun.VERSION, serializer.version());
            }
            if (withKeys) {
                g.writeFieldName(KEYS_AT_CURSOR);
                g.writeStartArray();
                for (String key : keys) {
                    g.writeRawValue(key);
                }
                g.writeEndArray();
            }
            if (slice != null) {
                g.writeFieldName(COMPLETED_SLICE);
                g.writeRawValue(slice);
            }
            StreamWindow.write(g, windowKeys, serializer);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void writePartitionedState(
            JsonGenerator g, C cursor, Collection<String> keys, java.util.Map<String, C> windowKeys)
            throws IOException {
        int before = partitions.leftOut();
        partitions.write(g, cursorName, partition, cursor, keys, windowKeys);
        if (partitions.leftOut() > 0 && before == 0) {
            messages.partitionsLeftOut(partitions.withCursor(), partitions.leftOut());
        }
    }

    private void reportOrderViolation(OrderViolation violation) throws IOException {
        @SuppressWarnings("unchecked")
        C cursor = (C) violation.cursor();
        @SuppressWarnings("unchecked")
        C previous = (C) violation.previous();
        JsonNode slice = resume.completedSlice();
        String sliceText = slice == null ? null : JsonTrees.text(slice);
        // Rewind: the stream's input state (for a partitioned stream, the partition's), so that a later
        // sync cannot skip what this one missed.
        out.state(
                descriptor,
                g -> {
                    if (position != null) {
                        position.writeRewind(g);
                    } else if (partitions != null) {
                        partitions.write(
                                g,
                                cursorName,
                                partition,
                                tracker.since(),
                                tracker.sinceKeys(),
                                tracker.sinceWindowKeys());
                    } else {
                        writeState(g, since, resume.keysAtCursor(), sliceText, tracker.sinceWindowKeys());
                    }
                },
                sinceLastState);
        sinceLastState = 0;
        out.streamStatus(descriptor, ProtocolWriter.Status.INCOMPLETE);
        if (position != null) {
            messages.keyOrderViolation(cursor, previous);
            return;
        }
        messages.orderViolation(cursor, previous, partitions != null ? partitions.partition(partition) : null);
    }

    /** The JSON text of a slice, as stored in {@code completed_slice}. */
    private String json(S slice) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(text)) {
            serializer.writeSlice(slice, g);
        }
        return text.toString();
    }

    long emitted() {
        return emitted;
    }
}
