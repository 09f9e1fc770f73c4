package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.OwnedState;
import io.cursorkit.runtime.spi.StreamInfo;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * One incremental sync of a stream that owns its state ({@code @StreamState}): the input state,
 * decoded, migrated and checked before any stream starts; what {@code read} and {@code @Slices}
 * receive; and the {@code stream_state} written at the reader's checkpoints (DESIGN.md, "State the
 * stream owns").
 *
 * <p>The state's properties sit at the top of {@code stream_state}, beside {@code cursorkit}, which
 * holds the version (only when the type declares one) and the completed slice. The first {@code
 * read} receives the input state; each later slice the state the stream reported after the slice
 * before it, so that a resumed sync calls {@code read} exactly as an uninterrupted one did.
 *
 * @param <T> the author's stream class
 * @param <S> the slice type
 * @param <R> the record type
 * @param <O> the state type
 */
final class OwnedStateRun<T, S, R, O> {
    static final String VERSION = "version";

    private final OwnedState<T, S, R, O> owned;
    private final JsonNode completedSlice;
    private final int inputVersion;
    /** What the next {@code read} receives. */
    private O state;

    private OwnedStateRun(OwnedState<T, S, R, O> owned, O input, int inputVersion, JsonNode completedSlice) {
        this.owned = owned;
        this.state = input;
        this.inputVersion = inputVersion;
        this.completedSlice = completedSlice;
    }

    /**
     * Decodes {@code blob}, the stream's state from {@code --state} (null when there is none):
     * checks its version, applies the migrations from it, and reads the current type.
     *
     * @throws InputException naming the stream, the property or version, and the fix
     */
    static <T, S, R, O> OwnedStateRun<T, S, R, O> decode(JsonNode blob, StreamInfo info, OwnedState<T, S, R, O> owned)
            throws InputException {
        if (blob == null || blob.isMissingNode() || blob.isNull() || onlyCursorkit(blob)) {
            JsonNode slice =
                    blob == null ? null : blob.path(ResumePoint.CURSORKIT).get(ResumePoint.COMPLETED_SLICE);
            return new OwnedStateRun<>(owned, null, 0, slice == null || slice.isNull() ? null : slice);
        }
        int version = version(blob, info, owned.version());
        JsonNode slice = blob.path(ResumePoint.CURSORKIT).get(ResumePoint.COMPLETED_SLICE);
        O input;
        try {
            input = owned.decode(blob, version);
        } catch (ConfigException e) {
            throw new InputException(
                    "State of stream '" + info + "'" + (version > 0 ? " (version " + version + ")" : "") + ": "
                            + e.getMessage() + ". Fix the state or start the stream over without it.");
        } catch (Exception | LinkageError | AssertionError e) {
            throw new InputException(
                    "State of stream '" + info + "'" + (version > 0 ? " (version " + version + ")" : "")
                            + " could not be migrated to version " + owned.version() + ": " + Failures.describe(e)
                            + ". Fix the state or start the stream over without it.");
        }
        return new OwnedStateRun<>(owned, input, version, slice == null || slice.isNull() ? null : slice);
    }

    /**
     * The version a state carries under {@code cursorkit.version}: 0 without one, never above {@code
     * known} (a state of a stream with a cursor is checked the same way).
     */
    static int version(JsonNode blob, StreamInfo info, int known) throws InputException {
        JsonNode node = blob.path(ResumePoint.CURSORKIT).path(VERSION);
        if (node.isMissingNode() || node.isNull()) {
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            throw new InputException("State of stream '" + info + "': cursorkit.version must be a whole number of at"
                    + " least 1, found " + JsonValues.describe(node) + ". Pass the state as the connector emitted it.");
        }
        int version = node.intValue();
        if (version > known) {
            throw new InputException("State of stream '" + info + "' has version " + version + ", but this release of"
                    + " the connector knows " + (known == 0 ? "no state versions" : "versions up to " + known)
                    + ": a newer release wrote it, and reading it as an older one could skip or lose records. Run"
                    + " that release (or a newer one), or start the stream over without a state.");
        }
        return version;
    }

    /** {@code {}} or an object that holds only what cursorkit keeps: no state of the stream's own. */
    private static boolean onlyCursorkit(JsonNode blob) {
        if (!blob.isObject()) {
            return false;
        }
        Iterator<String> names = blob.fieldNames();
        while (names.hasNext()) {
            if (!names.next().equals(ResumePoint.CURSORKIT)) {
                return false;
            }
        }
        return true;
    }

    /** The JSON of the last completed slice the input state names, or null. */
    JsonNode completedSlice() {
        return completedSlice;
    }

    /** Whether a state was given. */
    boolean resumed() {
        return state != null;
    }

    /** The version of the input state, 0 when it had none. */
    int inputVersion() {
        return inputVersion;
    }

    List<S> slices(T stream) throws Exception {
        return owned.slices(stream, state);
    }

    CloseableIterator<R> read(T stream, S slice) throws Exception {
        return owned.read(stream, slice, state);
    }

    /** A slice is done: the next one continues from the state the stream reports now. */
    void sliceDone(T stream) {
        state = owned.current(stream);
    }

    /** Writes {@code stream_state}: the stream's state now, its version, the completed slice (JSON text) if any. */
    void write(JsonGenerator g, T stream, String slice) throws IOException {
        O now = owned.current(stream);
        g.writeStartObject();
        if (now != null) {
            owned.write(now, g);
        }
        if (owned.version() > 0 || slice != null) {
            g.writeFieldName(ResumePoint.CURSORKIT);
            g.writeStartObject();
            if (owned.version() > 0) {
                g.writeNumberField(VERSION, owned.version());
            }
            if (slice != null) {
                g.writeFieldName(ResumePoint.COMPLETED_SLICE);
                g.writeRawValue(slice);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** How the stream starts, for the log. */
    String describeStart() {
        if (state == null) {
            return "incremental, first sync (no state of its own yet).";
        }
        return "incremental, from its own state"
                + (owned.version() == 0
                        ? "."
                        : inputVersion == owned.version()
                                ? " (version " + inputVersion + ")."
                                : " (version " + inputVersion + ", migrated to " + owned.version() + ").");
    }
}
