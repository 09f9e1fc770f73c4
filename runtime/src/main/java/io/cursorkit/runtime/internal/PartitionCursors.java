package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.cursorkit.runtime.spi.StateSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cursors of a partitioned stream, one per partition listed by this sync (DESIGN.md, "State"),
 * and the {@code stream_state} they make:
 *
 * <pre>{"date": "2024-01-31",
 *  "cursorkit": {"partitions": [{"partition": "AAPL", "cursor": "2024-03-28", "keys_at_cursor": [...]}, ...]}}</pre>
 *
 * <p>The cursor under the cursor field's name is the lowest of every partition's, so it is safe for
 * each: a reader that knows only it (an older runtime, a person, the test kit) resumes every
 * partition from it without loss. It is absent while a partition has no cursor (none of its records
 * seen yet) or is left out, since no cursor is safe for a partition read from the start.
 * Partitions without a cursor are left out of the list (the same as a first sync), and so are those
 * past {@code limit}: a bounded state, at the cost of reading those again from the start.
 *
 * <p>A partition not yet read this sync keeps where it resumes from, so a kill never loses the
 * progress of the partitions after the one being read. Each partition's JSON text is cached until
 * its cursor changes: with many partitions, a state costs copying text, not serializing cursors.
 *
 * <p>A child stream read from its parent's cursor ({@link #keepEvery}) must know every partition on
 * the next sync, not only those with a cursor: there the state lists every partition (one without a
 * cursor as {@code {"partition": P}}) and the parent's cursor under {@code cursorkit.parent}, but
 * only while all of them fit in {@code limit}. Past it the state is the usual bounded one, without
 * the parent's cursor, so the next sync reads the parent whole and loses nothing.
 *
 * @param <C> the cursor type
 */
final class PartitionCursors<C extends Comparable<? super C>> {
    private static final SerializedString CURSORKIT = new SerializedString(ResumePoint.CURSORKIT);
    private static final SerializedString PARTITIONS = new SerializedString(ResumePoint.PARTITIONS);
    private static final SerializedString PARTITION = new SerializedString(ResumePoint.PARTITION);
    private static final SerializedString CURSOR = new SerializedString(ResumePoint.CURSOR);
    private static final SerializedString KEYS_AT_CURSOR = new SerializedString(ResumePoint.KEYS_AT_CURSOR);
    private static final SerializedString PARENT = new SerializedString(ResumePoint.PARENT);

    private final ResumePoint<C> input;
    private final StateSerializer<C, ?> serializer;
    private final int limit;
    /** The chosen cursor's name, written under cursorkit; null when the cursor is source defined. */
    private final String chosenCursor;

    private final List<String> partitions = new ArrayList<>();
    private final List<C> cursors = new ArrayList<>();
    private final List<Collection<String>> keys = new ArrayList<>();
    /** Each partition's {@code window_keys} ({@code @CursorWindow}); empty maps without one. */
    private final List<Map<String, C>> windows = new ArrayList<>();
    /** Each partition's entry as JSON text, or null until written. */
    private final List<String> entries = new ArrayList<>();
    /** Where an entry's text is built: a STATE writes one or more. */
    private final JsonText entryText = new JsonText();

    private int left;
    /** The parent's cursor as JSON text, kept with every partition; null for none. */
    private String parentCursor;

    PartitionCursors(ResumePoint<C> input, StateSerializer<C, ?> serializer, int limit) {
        this(input, serializer, limit, null);
    }

    /** With {@code chosenCursor}, the name of the cursor the user chose, written into every state. */
    PartitionCursors(ResumePoint<C> input, StateSerializer<C, ?> serializer, int limit, String chosenCursor) {
        this.input = input;
        this.serializer = serializer;
        this.limit = limit;
        this.chosenCursor = chosenCursor;
    }

    /**
     * Starts a sync of {@code listed}, the partitions' JSON texts in the order listed.
     *
     * @throws IllegalStateException when a partition is listed twice: its two cursors would clash
     */
    void start(List<String> listed) {
        Set<String> seen = new HashSet<>();
        for (String partition : listed) {
            if (!seen.add(partition)) {
                throw new IllegalStateException(
                        "the partitions method listed the partition " + partition + " twice; list each partition once");
            }
            ResumePoint<C> resume = input.partition(partition);
            partitions.add(partition);
            cursors.add(resume.since());
            keys.add(resume.keysAtCursor());
            windows.add(resume.windowKeys());
            entries.add(null);
        }
    }

    /**
     * Keeps {@code parentCursorJson} (a child's parent cursor, JSON text; null for none) in every
     * state that can list every partition, as the cursor the next sync reads the parent from.
     */
    void keepEvery(String parentCursorJson) {
        this.parentCursor = parentCursorJson;
    }

    /** Whether the states keep the parent's cursor: there is one and every partition fits. */
    boolean keepsParent() {
        return parentCursor != null && partitions.size() <= limit;
    }

    /** Where partition {@code index} resumes. */
    ResumePoint<C> resume(int index) {
        return ResumePoint.withWindow(cursors.get(index), new LinkedHashSet<>(keys.get(index)), windows.get(index));
    }

    /** Partition {@code index} has moved to {@code cursor}, with {@code keysAtCursor} (null: none kept). */
    void move(int index, C cursor, Collection<String> keysAtCursor) {
        move(index, cursor, keysAtCursor, Map.of());
    }

    /** {@link #move(int, Object, Collection)} with the partition's {@code window_keys}. */
    void move(int index, C cursor, Collection<String> keysAtCursor, Map<String, C> windowKeys) {
        cursors.set(index, cursor);
        keys.set(index, keysAtCursor == null ? Set.of() : new ArrayList<>(keysAtCursor));
        windows.set(index, windowKeys);
        entries.set(index, null);
    }

    /** The JSON text of partition {@code index}. */
    String partition(int index) {
        return partitions.get(index);
    }

    /** Partitions with a cursor that the last state left out; 0 when within the limit. */
    int leftOut() {
        return left;
    }

    /** Partitions with a cursor, in the last state or left out of it. */
    int withCursor() {
        int count = 0;
        for (C cursor : cursors) {
            count += cursor == null ? 0 : 1;
        }
        return count;
    }

    /**
     * Writes the state, partition {@code live} (or -1) at {@code liveCursor} and {@code liveKeys}
     * instead of its stored cursor.
     */
    void write(JsonGenerator g, SerializedString cursorName, int live, C liveCursor, Collection<String> liveKeys)
            throws IOException {
        write(g, cursorName, live, liveCursor, liveKeys, Map.of());
    }

    /** {@link #write(JsonGenerator, SerializedString, int, Object, Collection)} with the live partition's window keys. */
    void write(
            JsonGenerator g,
            SerializedString cursorName,
            int live,
            C liveCursor,
            Collection<String> liveKeys,
            Map<String, C> liveWindow)
            throws IOException {
        // The lowest cursor is safe for every partition only when every partition has one and the
        // state keeps it: a partition without one is read from the start, so no cursor is safe for it.
        C lowest = null;
        int withCursor = 0;
        for (int i = 0; i < partitions.size(); i++) {
            C cursor = i == live ? liveCursor : cursors.get(i);
            if (cursor != null) {
                withCursor++;
                lowest = lowest == null || cursor.compareTo(lowest) < 0 ? cursor : lowest;
            }
        }
        left = Math.max(0, withCursor - limit);
        boolean every = keepsParent();
        g.writeStartObject();
        if (withCursor == partitions.size() && left == 0 && lowest != null) {
            g.writeFieldName(cursorName);
            serializer.writeCursor(lowest, g);
        }
        boolean own = withCursor > 0 || every || chosenCursor != null;
        if (own) {
            g.writeFieldName(CURSORKIT);
            g.writeStartObject();
            if (serializer.version() > 0) {
                g.writeNumberField(OwnedStateRun.VERSION, serializer.version());
            }
            if (chosenCursor != null) {
                g.writeStringField(ChosenCursor.CURSOR_FIELD, chosenCursor);
            }
        }
        if (withCursor > 0 || every) {
            if (every) {
                g.writeFieldName(PARENT);
                g.writeRawValue(parentCursor);
            }
            g.writeFieldName(PARTITIONS);
            g.writeStartArray();
            int kept = 0;
            for (int i = 0; i < partitions.size() && kept < limit; i++) {
                C cursor = i == live ? liveCursor : cursors.get(i);
                if (cursor == null) {
                    if (every) {
                        // known without a cursor yet: the next sync must still read it
                        kept++;
                        g.writeRawValue("{\"partition\":" + partitions.get(i) + "}");
                    }
                    continue;
                }
                kept++;
                if (i == live) {
                    g.writeRawValue(entry(i, cursor, liveKeys, liveWindow));
                } else {
                    String entry = entries.get(i);
                    if (entry == null) {
                        entry = entry(i, cursor, keys.get(i), windows.get(i));
                        entries.set(i, entry);
                    }
                    g.writeRawValue(entry);
                }
            }
            g.writeEndArray();
        }
        if (own) {
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private String entry(int index, C cursor, Collection<String> keysAtCursor, Map<String, C> window)
            throws IOException {
        JsonGenerator g = entryText.start();
        try {
            g.writeStartObject();
            g.writeFieldName(PARTITION);
            g.writeRawValue(partitions.get(index));
            g.writeFieldName(CURSOR);
            serializer.writeCursor(cursor, g);
            if (keysAtCursor != null && !keysAtCursor.isEmpty()) {
                g.writeFieldName(KEYS_AT_CURSOR);
                g.writeStartArray();
                for (String key : keysAtCursor) {
                    g.writeRawValue(key);
                }
                g.writeEndArray();
            }
            StreamWindow.write(g, window, serializer);
            g.writeEndObject();
            return entryText.finish();
        } catch (IOException | RuntimeException | Error e) {
            entryText.abandon();
            throw e;
        }
    }
}
