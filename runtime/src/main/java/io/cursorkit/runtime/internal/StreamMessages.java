package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.io.IOException;
import java.io.StringWriter;

/**
 * What a {@link StreamReader} tells the user about its stream: LOG lines and TRACE errors, each
 * naming the stream and, where it helps, the cursor values in their JSON form. Kept apart so that
 * the reader holds only the read loop and the state.
 *
 * @param <C> the cursor type
 */
final class StreamMessages<C> implements CursorTracker.Listener<C> {
    private final StreamInfo info;
    private final StreamDescriptor descriptor;
    private final ProtocolWriter out;
    private final StateSerializer<C, ?> serializer;
    private boolean nullCursorWarned;

    StreamMessages(StreamInfo info, StreamDescriptor descriptor, ProtocolWriter out, StateSerializer<C, ?> serializer) {
        this.info = info;
        this.descriptor = descriptor;
        this.out = out;
        this.serializer = serializer;
    }

    /** How the stream starts: full refresh, first sync, from a cursor, or from a cursor per partition. */
    void started(boolean incremental, boolean partitioned, boolean perPartitionState, C since) {
        out.log(
                ProtocolWriter.Level.INFO,
                "Stream '" + descriptor + "': "
                        + (!incremental
                                ? "full refresh."
                                : perPartitionState
                                        ? "incremental, each partition from its own " + info.cursorField()
                                                + " (a partition the state does not list from the start)."
                                        : since == null
                                                ? "incremental, first sync."
                                                : "incremental, from " + info.cursorField() + " " + text(since)
                                                        + (partitioned ? " for every partition." : ".")));
    }

    /** The stream completed; {@code since} is null for a partitioned stream (one cursor each). */
    void completed(long emitted, long dropped, C since) {
        out.log(
                ProtocolWriter.Level.INFO,
                "Stream '" + descriptor + "': complete, " + emitted + " records"
                        + (dropped == 0
                                ? "."
                                : "; left out " + dropped + " records that the state "
                                        + (since == null ? "" : text(since) + " ")
                                        + "already covers (cursor below it, or at it and already committed)."));
    }

    @Override
    public void nullCursor() {
        if (nullCursorWarned) {
            return; // once per stream, not once per partition
        }
        nullCursorWarned = true;
        out.log(
                ProtocolWriter.Level.WARN,
                "Stream '" + descriptor + "': a record has a null cursor '" + info.cursorField()
                        + "'. Such records are emitted but cannot move the state, so they are read"
                        + " again on every sync.");
    }

    @Override
    public void keysOverflowed(C cursor) {
        out.log(
                ProtocolWriter.Level.WARN,
                "Stream '" + descriptor + "': more than " + CursorTracker.MAX_KEYS_AT_CURSOR
                        + " records share the cursor " + text(cursor) + "; the state keeps no keys for"
                        + " them, so a sync resuming from it delivers them again (at-least-once).");
    }

    /** More partitions have a cursor than the state keeps. */
    void partitionsLeftOut(int withCursor, int leftOut) {
        out.log(
                ProtocolWriter.Level.WARN,
                "Stream '" + descriptor + "': " + withCursor + " partitions have a cursor, more than"
                        + " the " + info.maxPartitions() + " the state keeps (@Partitions(maxInState)); it"
                        + " leaves out the other " + leftOut + ", so the next sync reads them"
                        + " from the start and delivers their records again (duplicates, never loss).");
    }

    /** The TRACE error of a sorted stream out of order; {@code partition} is null when not partitioned. */
    void orderViolation(C cursor, C previous, String partition) throws IOException {
        String field = info.cursorField();
        out.error(
                ProtocolWriter.FailureType.system_error,
                "Stream '" + descriptor + "' returned records out of cursor order"
                        + (partition != null ? " in its partition " + partition : "") + ": '" + field + "' "
                        + text(cursor)
                        + " came after " + text(previous) + ", but @CheckpointInterval declares ascending order."
                        + " Return the records sorted by " + field + " (for example ORDER BY " + field
                        + "), or remove @CheckpointInterval from the stream. Its state was reset to where this"
                        + " sync started, so nothing is skipped.",
                "OrderViolation: " + field + " " + text(cursor) + " after " + text(previous),
                null,
                descriptor);
    }

    /** A resumable full refresh stream resumes an interrupted sync after {@code key}. */
    void resumingAfterKey(C key) {
        out.log(
                ProtocolWriter.Level.INFO,
                "Stream '" + descriptor + "': resuming an interrupted full refresh after "
                        + info.primaryKey().get(0) + " " + text(key) + "; the records up to it were delivered before.");
    }

    /** The TRACE error of a resumable full refresh stream whose keys do not come strictly ascending. */
    void keyOrderViolation(C key, C previous) throws IOException {
        String field = info.primaryKey().get(0);
        out.error(
                ProtocolWriter.FailureType.system_error,
                "Stream '" + descriptor + "' returned records out of primary key order: '" + field + "' "
                        + text(key) + " came after " + text(previous) + ", but @ResumableFullRefresh declares"
                        + " each key once, in ascending order. Return the records sorted by " + field
                        + " (for example ORDER BY " + field + "), or remove @ResumableFullRefresh from the stream."
                        + " Its state was reset to where this sync started, so nothing is skipped.",
                "OrderViolation: " + field + " " + text(key) + " after " + text(previous),
                null,
                descriptor);
    }

    /** The stream failed while {@code phase}: INCOMPLETE and a TRACE error. */
    void failure(String phase, Throwable e) throws IOException {
        out.streamStatus(descriptor, ProtocolWriter.Status.INCOMPLETE);
        String what = Failures.configCause(e) != null
                ? "Stream '" + descriptor + "': " + Failures.sentence(Failures.forUser(e))
                : "Stream '" + descriptor + "' failed while " + phase + ": " + Failures.sentence(Failures.describe(e));
        out.error(
                Failures.type(e),
                what + " Its last state stands; the next sync resumes from it.",
                e.toString(),
                Failures.stackTrace(e),
                descriptor);
    }

    /** A cursor value as JSON text, for messages. */
    String text(C cursor) {
        if (cursor == null) {
            return "(none)";
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(text)) {
            serializer.writeCursor(cursor, g);
        } catch (IOException | RuntimeException e) {
            return String.valueOf(cursor);
        }
        return text.toString();
    }
}
