package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.WindowBounds;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The {@code @CursorWindow} of one stream during one {@code read} (DESIGN.md, "Cursor windows"):
 * its bounds with the config's values, the instant the sync started, a {@link WindowTracker} per
 * cursor (the stream's, or each partition's), and what is said about it: the counts at the end and
 * a warning, once each, for a cursor past the future margin and for a window with too many keys.
 *
 * @param <C> the cursor type
 */
final class StreamWindow<C extends Comparable<? super C>> {
    private static final SerializedString WINDOW_KEYS = new SerializedString(ResumePoint.WINDOW_KEYS);

    private final WindowBounds<C> bounds;
    private final Instant syncStart;
    private final StreamDescriptor descriptor;
    private final ProtocolWriter out;
    private final StreamMessages<C> messages;

    long leftOutCommitted;
    long deliveredBelowSaved;
    long pastEnd;
    long beyondMargin;
    private boolean marginWarned;
    private boolean overflowWarned;

    StreamWindow(
            WindowBounds<C> bounds,
            Instant syncStart,
            StreamDescriptor descriptor,
            ProtocolWriter out,
            StreamMessages<C> messages) {
        this.bounds = bounds;
        this.syncStart = syncStart;
        this.descriptor = descriptor;
        this.out = out;
        this.messages = messages;
    }

    WindowBounds<C> bounds() {
        return bounds;
    }

    Instant syncStart() {
        return syncStart;
    }

    /** The bookkeeping of one cursor that resumes from {@code resume}. */
    WindowTracker<C> tracker(ResumePoint<C> resume, boolean sorted) {
        return new WindowTracker<>(this, resume, sorted);
    }

    /** A record's cursor is past the sync's start plus the margin: emitted, but it does not move the state. */
    void beyondMargin(C cursor) {
        beyondMargin++;
        if (marginWarned) {
            return;
        }
        marginWarned = true;
        out.log(
                ProtocolWriter.Level.WARN,
                "Stream '" + descriptor + "': a record has the cursor " + messages.text(cursor) + ", later than"
                        + " the sync's start (" + syncStart + ") plus " + bounds.futureMarginText() + ". It is emitted,"
                        + " but the state does not move past that time, so no row below it is skipped later;"
                        + " with a primary key the next syncs leave it out as already committed.");
    }

    /** The keys of a window did not fit in the state. */
    void overflowed(int limit) {
        if (overflowWarned) {
            return;
        }
        overflowWarned = true;
        out.log(
                ProtocolWriter.Level.WARN,
                "Stream '" + descriptor + "': more than " + limit + " records lie in the lookback window (or past"
                        + " the future margin); the state keeps the keys of at most " + limit + ", so a sync"
                        + " resuming from it delivers the others again (duplicates, never loss).");
    }

    /** The counts of the whole stream, all partitions added up. */
    void completed() {
        StringBuilder text = new StringBuilder("Stream '" + descriptor + "': cursor window");
        if (bounds.start() != null) {
            text.append(", start ").append(messages.text(bounds.start()));
        }
        if (bounds.end() != null) {
            text.append(", end ").append(messages.text(bounds.end()));
        }
        if (bounds.hasLookback()) {
            text.append(", lookback from '").append(bounds.lookbackProperty()).append("'");
        }
        text.append(": ")
                .append(deliveredBelowSaved)
                .append(" records below the saved cursor delivered (late rows, updated rows, or rows the state"
                        + " could not tell were committed), ")
                .append(leftOutCommitted)
                .append(" left out as already committed, ")
                .append(pastEnd)
                .append(" past the end not emitted, ")
                .append(beyondMargin)
                .append(" past the future margin.");
        out.log(ProtocolWriter.Level.INFO, text.toString());
    }

    /** Writes {@code "window_keys": [[key, cursor], ...]} inside the {@code cursorkit} object; nothing when empty. */
    static <C> void write(JsonGenerator g, Map<String, C> keys, StateSerializer<C, ?> serializer) throws IOException {
        if (keys == null || keys.isEmpty()) {
            return;
        }
        g.writeFieldName(WINDOW_KEYS);
        g.writeStartArray();
        for (Map.Entry<String, C> entry : keys.entrySet()) {
            g.writeStartArray();
            g.writeRawValue(entry.getKey());
            serializer.writeCursor(entry.getValue(), g);
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
