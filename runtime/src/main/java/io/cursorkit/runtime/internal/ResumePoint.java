package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.KeyBuilder;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.util.Collections;
import java.util.LinkedHashSet;
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

    private final C since;
    private final Set<String> keysAtCursor;
    private final JsonNode completedSlice;

    ResumePoint(C since, Set<String> keysAtCursor, JsonNode completedSlice) {
        this.since = since;
        this.keysAtCursor = keysAtCursor;
        this.completedSlice = completedSlice;
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

    /** The JSON of the last completed slice, or null. */
    JsonNode completedSlice() {
        return completedSlice;
    }

    /**
     * Decodes {@code blob}, the state of {@code info}'s stream: an object as DESIGN.md describes, or
     * a bare cursor value.
     *
     * @throws InputException naming the stream and the value when it does not fit the stream
     */
    static <C> ResumePoint<C> decode(JsonNode blob, StreamInfo info, StateSerializer<C, ?> serializer)
            throws InputException {
        if (blob == null || blob.isMissingNode() || blob.isNull()) {
            return start();
        }
        if (blob.isValueNode()) {
            return new ResumePoint<>(cursor(blob, info, serializer), Collections.emptySet(), null);
        }
        if (!blob.isObject()) {
            throw new InputException("State of stream '" + info + "': expected an object such as {\""
                    + info.cursorField() + "\": ...} or a bare cursor value, found " + JsonValues.describe(blob)
                    + ". Fix the state or start the stream over without it.");
        }
        JsonNode cursorNode = blob.get(info.cursorField());
        C since = cursorNode == null || cursorNode.isNull() ? null : cursor(cursorNode, info, serializer);
        JsonNode own = blob.path(CURSORKIT);
        Set<String> keys = Collections.emptySet();
        JsonNode keysNode = own.path(KEYS_AT_CURSOR);
        if (!keysNode.isMissingNode() && !keysNode.isNull()) {
            if (!keysNode.isArray()) {
                throw invalid(info, KEYS_AT_CURSOR, "an array of primary keys", keysNode);
            }
            keys = new LinkedHashSet<>();
            for (JsonNode key : keysNode) {
                if (!key.isArray()) {
                    throw invalid(info, KEYS_AT_CURSOR, "an array of primary keys (each a JSON array)", key);
                }
                keys.add(JsonTrees.text(key));
            }
            if (since == null) {
                keys = Collections.emptySet(); // keys belong to a cursor; without one they mean nothing
            }
        }
        JsonNode slice = own.get(COMPLETED_SLICE);
        if (slice != null && slice.isNull()) {
            slice = null;
        }
        return new ResumePoint<>(since, keys, slice);
    }

    private static <C> C cursor(JsonNode value, StreamInfo info, StateSerializer<C, ?> serializer)
            throws InputException {
        try {
            return serializer.readCursor(value);
        } catch (JsonValueException e) {
            throw new InputException("State of stream '" + info + "': the cursor '" + info.cursorField()
                    + "' must be " + serializer.cursorDescription() + ", found " + JsonValues.describe(value)
                    + ". Fix the state or start the stream over without it.");
        }
    }

    private static InputException invalid(StreamInfo info, String what, String expected, JsonNode found) {
        return new InputException("State of stream '" + info + "': cursorkit." + what + " must be " + expected
                + ", found " + JsonValues.describe(found) + ". Fix the state or start the stream over without it.");
    }
}
