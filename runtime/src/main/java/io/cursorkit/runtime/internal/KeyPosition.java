package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.io.IOException;
import java.util.Collections;

/**
 * Where a full refresh stream resumable by its primary key stands ({@code @ResumableFullRefresh};
 * DESIGN.md, "State"): the key it resumes after, and the highest key emitted since.
 *
 * <p>Its rules: a record whose key is not above {@link #after()} was committed by an earlier,
 * interrupted sync and is left out; keys must come strictly ascending (a record whose key is not
 * above its predecessor's throws {@link OrderViolation}, because a checkpoint between the two would
 * make a resumed sync skip the second); a record whose key is null is emitted and moves nothing.
 * The state it writes is {@code {"cursorkit": {"resume_after": K}}} while the stream is under way
 * and {@code {}} once it is complete, so that the next sync reads everything again (a platform
 * clears a full refresh stream's state when a new sync starts anyway; {@code {}} makes the
 * connector's own output say the same).
 *
 * @param <R> the record type
 * @param <K> the key type (the generated stream's cursor type)
 */
final class KeyPosition<R, K extends Comparable<? super K>> {
    static final String RESUME_AFTER = "resume_after";
    private static final SerializedString CURSORKIT = new SerializedString(ResumePoint.CURSORKIT);
    private static final SerializedString RESUME_AFTER_NAME = new SerializedString(RESUME_AFTER);

    private final GeneratedStream<?, ?, R, K, ?> stream;
    private final StateSerializer<K, ?> serializer;
    private final K after;
    /** The highest key emitted, or {@link #after} until a record moves it. */
    private K last;

    private boolean moved;
    private long dropped;

    KeyPosition(GeneratedStream<?, ?, R, K, ?> stream, K after) {
        this.stream = stream;
        this.serializer = stream.stateSerializer();
        this.after = after;
        this.last = after;
    }

    /**
     * Decodes the state of a resumable full refresh stream into a resume point whose {@code since}
     * is the key to resume after. {@code {}}, {@code null}, a state without {@code
     * cursorkit.resume_after} (such as one from before the stream was resumable) and a bare value
     * all start from the beginning, as a full refresh stream's state always did.
     *
     * @throws InputException when {@code resume_after} is there but not a value of the key's type
     */
    static <K> ResumePoint<K> decode(JsonNode blob, StreamInfo info, StateSerializer<K, ?> serializer)
            throws InputException {
        JsonNode value = blob == null ? null : blob.path(ResumePoint.CURSORKIT).get(RESUME_AFTER);
        if (value == null || value.isNull()) {
            return ResumePoint.start();
        }
        try {
            return new ResumePoint<>(serializer.readCursor(value), Collections.emptySet(), null);
        } catch (JsonValueException e) {
            throw new InputException("State of stream '" + info + "': cursorkit." + RESUME_AFTER + " is the primary"
                    + " key '" + info.primaryKey().get(0) + "' to resume after and must be "
                    + serializer.cursorDescription() + ", found " + JsonValues.describe(value)
                    + ". Fix the state or start the stream over without it.");
        }
    }

    /**
     * Whether to emit {@code record}: not when its key is at or below {@link #after()}.
     *
     * @throws OrderViolation when its key is at or below the key emitted before it
     */
    boolean accept(R record) throws OrderViolation {
        K key = stream.cursor(record);
        if (key == null) {
            return true;
        }
        if (last != null && key.compareTo(last) <= 0) {
            if (!moved) {
                // at or below the key resumed after: the interrupted sync committed it
                dropped++;
                return false;
            }
            throw new OrderViolation(key, last);
        }
        last = key;
        moved = true;
        return true;
    }

    /** The key this sync resumes after; null when it starts from the beginning. */
    K after() {
        return after;
    }

    /** Records left out because the state covers them. */
    long dropped() {
        return dropped;
    }

    /** Writes the state: the last key emitted while under way, {@code {}} once {@code complete}. */
    void write(JsonGenerator g, boolean complete) throws IOException {
        writeAfter(g, complete ? null : last);
    }

    /** Writes the state this sync started from, so that a stream out of order skips nothing later. */
    void writeRewind(JsonGenerator g) throws IOException {
        writeAfter(g, after);
    }

    private void writeAfter(JsonGenerator g, K key) throws IOException {
        g.writeStartObject();
        if (key != null) {
            g.writeFieldName(CURSORKIT);
            g.writeStartObject();
            g.writeFieldName(RESUME_AFTER_NAME);
            serializer.writeCursor(key, g);
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
