package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.KeyBuilder;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an incremental stream resumes: the cursor of its last checkpoint ({@code since}), the
 * primary keys already committed at exactly that cursor, and the last completed slice. Decoded
 * once, at the edge, from the stream's state blob (see DESIGN.md, "State").
 *
 * @param <C> the cursor type
 */
final class ResumePoint<C> {
    static final String CURSORKIT = "cursorkit";
    static final String KEYS_AT_CURSOR = "keys_at_cursor";
    static final String COMPLETED_SLICE = "completed_slice";
    static final String PARTITIONS = "partitions";
    static final String PARTITION = "partition";
    static final String CURSOR = "cursor";
    static final String PARENT = "parent";
    static final String WINDOW_KEYS = "window_keys";

    private final C since;
    private final Set<String> keysAtCursor;
    private final JsonNode completedSlice;
    /** Per partition (its JSON text), where it resumes; null when the state has no per-partition cursors. */
    private final Map<String, ResumePoint<C>> partitions;
    /** A child stream's {@code cursorkit.parent}: the parent's cursor, as JSON; null when absent. */
    private final JsonNode parent;
    /** Keys committed at cursors other than {@link #since} ({@code @CursorWindow}), with those cursors. */
    private final Map<String, C> windowKeys;

    ResumePoint(C since, Set<String> keysAtCursor, JsonNode completedSlice) {
        this(since, keysAtCursor, completedSlice, null, null, Map.of());
    }

    /** A resume point with the keys a {@code @CursorWindow} state lists at other cursors. */
    static <C> ResumePoint<C> withWindow(C since, Set<String> keysAtCursor, Map<String, C> windowKeys) {
        return new ResumePoint<>(since, keysAtCursor, null, null, null, windowKeys);
    }

    private ResumePoint(
            C since,
            Set<String> keysAtCursor,
            JsonNode completedSlice,
            Map<String, ResumePoint<C>> partitions,
            JsonNode parent,
            Map<String, C> windowKeys) {
        this.parent = parent;
        this.since = since;
        this.keysAtCursor = keysAtCursor;
        this.completedSlice = completedSlice;
        this.partitions = partitions;
        this.windowKeys = windowKeys;
    }

    static <C> ResumePoint<C> start() {
        return new ResumePoint<>(null, Collections.emptySet(), null);
    }

    /** The cursor to resume from, or null for a first sync. */
    C since() {
        return since;
    }

    /** Keys (canonical {@link KeyBuilder} text) committed at {@link #since}; never null. */
    Set<String> keysAtCursor() {
        return keysAtCursor;
    }

    /** Keys (canonical text) the state lists as committed at other cursors than {@link #since}; never null. */
    Map<String, C> windowKeys() {
        return windowKeys;
    }

    /** The JSON of the last completed slice, or null. */
    JsonNode completedSlice() {
        return completedSlice;
    }

    /**
     * Where the partition whose JSON text is {@code partition} resumes: its own cursor when the state
     * has per-partition cursors (none, a first sync, for a partition they do not list); otherwise the
     * stream's one cursor, which is safe for every partition (a legacy or far-future state, or one
     * from before the stream was partitioned).
     */
    ResumePoint<C> partition(String partition) {
        if (partitions == null) {
            return new ResumePoint<>(since, keysAtCursor, null, null, null, windowKeys);
        }
        ResumePoint<C> own = partitions.get(partition);
        return own != null ? own : start();
    }

    /** The partitions the state lists (their JSON texts, in its order); empty when it lists none. */
    java.util.Set<String> knownPartitions() {
        return partitions == null ? Set.of() : partitions.keySet();
    }

    /** A child stream's parent cursor ({@code cursorkit.parent}) as the state holds it, or null. */
    JsonNode parentCursor() {
        return parent;
    }

    /** Whether the state holds per-partition cursors. */
    boolean hasPartitions() {
        return partitions != null;
    }

    /**
     * Decodes {@code blob}, the state of {@code info}'s stream: an object as DESIGN.md describes, or
     * a bare cursor value. A state of an older version than the stream's goes through the author's
     * migration from that version first; one of a newer version is refused.
     *
     * @throws InputException naming the stream and the value when it does not fit the stream
     */
    static <C> ResumePoint<C> decode(JsonNode blob, StreamInfo info, StateSerializer<C, ?> serializer)
            throws InputException {
        if (blob == null || blob.isMissingNode() || blob.isNull()) {
            return start();
        }
        int version = blob.isObject() ? OwnedStateRun.version(blob, info, serializer.version()) : 0;
        Cursors<C> cursors = new Cursors<>(info, serializer, version);
        if (blob.isValueNode()) {
            return new ResumePoint<>(cursors.read(blob), Collections.emptySet(), null);
        }
        if (!blob.isObject()) {
            throw new InputException("State of stream '" + info + "': expected an object such as {\""
                    + info.cursorField() + "\": ...} or a bare cursor value, found " + JsonValues.describe(blob)
                    + ". Fix the state or start the stream over without it.");
        }
        if (cursors.migration == StateSerializer.Migration.STATE) {
            // the author read the whole state: it names one cursor, without keys, slice or partitions
            return new ResumePoint<>(cursors.read(blob), Collections.emptySet(), null);
        }
        JsonNode cursorNode = blob.get(info.cursorField());
        C since = cursorNode == null || cursorNode.isNull() ? null : cursors.read(cursorNode);
        JsonNode own = blob.path(CURSORKIT);
        Set<String> keys = keys(own, since, info, KEYS_AT_CURSOR);
        JsonNode slice = own.get(COMPLETED_SLICE);
        if (slice != null && slice.isNull()) {
            slice = null;
        }
        Map<String, C> window = windowKeys(own, info, cursors, WINDOW_KEYS);
        JsonNode partitionsNode = own.get(PARTITIONS);
        if (!info.partitioned() || partitionsNode == null || partitionsNode.isNull()) {
            return new ResumePoint<>(since, keys, slice, null, null, window);
        }
        JsonNode parent = own.get(PARENT);
        return new ResumePoint<>(
                since,
                keys,
                null,
                partitions(partitionsNode, info, cursors),
                parent == null || parent.isNull() ? null : parent,
                window);
    }

    /** {@code cursorkit.partitions}: an array of {"partition": P, "cursor": C, "keys_at_cursor": [...]}. */
    private static <C> Map<String, ResumePoint<C>> partitions(JsonNode node, StreamInfo info, Cursors<C> cursors)
            throws InputException {
        if (!node.isArray()) {
            throw invalid(info, PARTITIONS, "an array of partition states", node);
        }
        Map<String, ResumePoint<C>> partitions = new LinkedHashMap<>(); // a child keeps the state's order
        int index = 0;
        for (JsonNode entry : node) {
            String where = PARTITIONS + "[" + index++ + "]";
            JsonNode partition = entry.get(PARTITION);
            if (!entry.isObject() || partition == null || partition.isNull()) {
                throw invalid(info, where, "an object with a \"partition\"", entry);
            }
            JsonNode cursorNode = entry.get(CURSOR);
            C since = cursorNode == null || cursorNode.isNull() ? null : cursors.read(cursorNode);
            Set<String> keys = keys(entry, since, info, where + "." + KEYS_AT_CURSOR);
            Map<String, C> window = windowKeys(entry, info, cursors, where + "." + WINDOW_KEYS);
            partitions.put(JsonTrees.text(partition), new ResumePoint<>(since, keys, null, null, null, window));
        }
        return partitions;
    }

    /** {@code window_keys}: an array of {@code [key, cursor]} pairs, the key an array of its values. */
    private static <C> Map<String, C> windowKeys(JsonNode parent, StreamInfo info, Cursors<C> cursors, String what)
            throws InputException {
        JsonNode node = parent.path(WINDOW_KEYS);
        // a state of an older version: its keys are left out (they are delivered again, never lost)
        if (node.isMissingNode() || node.isNull() || cursors.migrating()) {
            return Map.of();
        }
        if (!node.isArray()) {
            throw invalid(info, what, "an array of [primary key, cursor] pairs", node);
        }
        Map<String, C> keys = new LinkedHashMap<>();
        for (JsonNode pair : node) {
            if (!pair.isArray()
                    || pair.size() != 2
                    || !pair.get(0).isArray()
                    || pair.get(1).isNull()) {
                throw invalid(info, what, "an array of [primary key, cursor] pairs (each key a JSON array)", pair);
            }
            keys.put(JsonTrees.text(pair.get(0)), cursors.read(pair.get(1)));
        }
        return keys;
    }

    private static Set<String> keys(JsonNode parent, Object since, StreamInfo info, String what) throws InputException {
        JsonNode keysNode = parent.path(KEYS_AT_CURSOR);
        if (keysNode.isMissingNode() || keysNode.isNull()) {
            return Collections.emptySet();
        }
        if (!keysNode.isArray()) {
            throw invalid(info, what, "an array of primary keys", keysNode);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode key : keysNode) {
            if (!key.isArray()) {
                throw invalid(info, what, "an array of primary keys (each a JSON array)", key);
            }
            keys.add(JsonTrees.text(key));
        }
        // keys belong to a cursor; without one they mean nothing
        return since == null ? Collections.emptySet() : keys;
    }

    /** Reads the cursor values of one input state: as they are, or through the migration from its version. */
    private static final class Cursors<C> {
        private final StreamInfo info;
        private final StateSerializer<C, ?> serializer;
        private final int version;
        private final StateSerializer.Migration migration;

        Cursors(StreamInfo info, StateSerializer<C, ?> serializer, int version) {
            this.info = info;
            this.serializer = serializer;
            this.version = version;
            this.migration =
                    version < serializer.version() ? serializer.migrationFrom(version) : StateSerializer.Migration.NONE;
        }

        /** Whether the state is of an older version, its cursors migrated. */
        boolean migrating() {
            return migration != StateSerializer.Migration.NONE;
        }

        C read(JsonNode value) throws InputException {
            if (migration != StateSerializer.Migration.NONE) {
                return migrated(value);
            }
            try {
                return serializer.readCursor(value);
            } catch (JsonValueException e) {
                throw new InputException("State of stream '" + info + "'" + of(version) + ": the cursor '"
                        + info.cursorField() + "' must be " + serializer.cursorDescription() + ", found "
                        + JsonValues.describe(value) + ". Fix the state or start the stream over without it.");
            }
        }

        private C migrated(JsonNode value) throws InputException {
            String what = migration == StateSerializer.Migration.STATE ? "the state" : "the cursor";
            try {
                return serializer.migrate(value, version);
            } catch (JsonValueException e) {
                throw new InputException("State of stream '" + info + "'" + of(version) + ": the migration from"
                        + " version " + version + " reads " + what + " as " + e.expected() + ", found "
                        + JsonValues.describe(value) + ". Fix the state or start the stream over without it.");
            } catch (Exception | LinkageError | AssertionError e) {
                throw new InputException("State of stream '" + info + "'" + of(version) + " could not be migrated"
                        + " to version " + serializer.version() + ": " + Failures.describe(e)
                        + ". Fix the state or start the stream over without it.");
            }
        }

        private static String of(int version) {
            return version > 0 ? " (version " + version + ")" : "";
        }
    }

    private static InputException invalid(StreamInfo info, String what, String expected, JsonNode found) {
        return new InputException("State of stream '" + info + "': cursorkit." + what + " must be " + expected
                + ", found " + JsonValues.describe(found) + ". Fix the state or start the stream over without it.");
    }
}
