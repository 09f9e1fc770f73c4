package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.StreamInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The cursor a user chose for a stream that lets them ({@code source_defined_cursor: false}, see
 * {@link StreamInfo#cursorChoices()}): which one the configured catalog picks, and whether a saved
 * state belongs to it.
 *
 * <p>Rules. {@code cursor_field} is a one-element array naming one of the choices; missing, null or
 * empty means the default (the first). Anything else (a property that is no choice, a nested path,
 * not an array of strings) is a {@code config_error} listing the choices. A full refresh sync reads
 * with the default and ignores {@code cursor_field}.
 *
 * <p>A state is for the cursor it names in {@code cursorkit.cursor_field}, which cursorkit writes
 * for every such stream. Without it (a state written by hand, or from before the stream offered a
 * choice), for the choice whose name is one of its keys, the configured one first; a bare cursor
 * value or per-partition cursors without a name are the default's, the one cursor the stream could
 * have had before. A state for another cursor than the chosen one is never used: its values belong
 * to another property, and filtering by them could skip records. The stream reads from its start
 * instead (records come again, none is lost), and a WARN says why.
 */
final class ChosenCursor {
    /** The key under {@code cursorkit} naming the property whose cursor the state holds. */
    static final String CURSOR_FIELD = "cursor_field";

    private ChosenCursor() {}

    /**
     * The stream to read for {@code configured}, an entry of the configured catalog: {@code stream}
     * itself unless it lets the user choose and the entry picks another choice.
     *
     * @param where the entry, for messages: {@code Configured catalog, streams[0], stream 'trades'}
     * @throws InputException when {@code cursor_field} picks no choice
     */
    static GeneratedStream<?, ?, ?, ?, ?> choose(
            GeneratedStream<?, ?, ?, ?, ?> stream, JsonNode configured, String where) throws InputException {
        StreamInfo info = stream.info();
        if (!info.userChosenCursor()) {
            return stream;
        }
        JsonNode field = configured.get("cursor_field");
        if (field == null || field.isNull() || (field.isArray() && field.isEmpty())) {
            return stream;
        }
        String problem;
        if (!field.isArray()) {
            problem = "is " + JsonValues.describe(field) + ", not an array naming one property";
        } else if (field.size() > 1) {
            problem = "is " + JsonTrees.text(field) + ", a nested path; this stream's cursor is one of its"
                    + " top-level properties";
        } else if (!field.get(0).isTextual()) {
            problem = "is " + JsonTrees.text(field) + ", not an array naming one property";
        } else {
            GeneratedStream<?, ?, ?, ?, ?> chosen =
                    stream.withCursor(field.get(0).textValue());
            if (chosen != null) {
                return chosen;
            }
            problem = "names \"" + field.get(0).textValue() + "\", which cannot serve as this stream's cursor";
        }
        throw new InputException(where + ": \"cursor_field\" " + problem + ". Choose one of " + choices(info)
                + ", such as \"cursor_field\": [\"" + info.cursorChoices().get(0) + "\"] (or leave it out for the"
                + " default).");
    }

    /**
     * {@code blob}, the saved state of {@code info}'s stream, if it may be used with the cursor
     * chosen now; null (no state: read from the start) when it holds another property's cursor,
     * which {@code warn} is told.
     */
    static JsonNode stateFor(StreamInfo info, JsonNode blob, Consumer<String> warn) {
        if (!info.userChosenCursor() || blob == null || blob.isNull() || blob.isMissingNode()) {
            return blob;
        }
        String held = held(info, blob);
        if (held == null || held.equals(info.cursorField())) {
            return blob;
        }
        warn.accept("Stream '" + info + "': the state holds the cursor of '" + held + "', but the configured"
                + " catalog chooses '" + info.cursorField() + "' (cursor_field). A cursor of one property cannot"
                + " filter by another, so the stream is read from its start this time: records already"
                + " delivered are delivered again (duplicates, never loss). To resume from the state instead,"
                + " configure \"cursor_field\": [\"" + held + "\"].");
        return null;
    }

    /** The property whose cursor {@code blob} holds; null when it holds no cursor at all. */
    private static String held(StreamInfo info, JsonNode blob) {
        String fallback = info.cursorChoices().get(0);
        if (blob.isValueNode()) {
            return fallback; // a bare cursor value: the stream's one cursor before it offered a choice
        }
        if (!blob.isObject()) {
            return null; // not a state at all: ResumePoint reports it
        }
        JsonNode own = blob.path(ResumePoint.CURSORKIT);
        JsonNode named = own.get(CURSOR_FIELD);
        if (named != null && named.isTextual()) {
            return named.textValue();
        }
        if (blob.has(info.cursorField())) {
            return info.cursorField();
        }
        for (String choice : info.cursorChoices()) {
            if (blob.has(choice)) {
                return choice;
            }
        }
        JsonNode partitions = own.get(ResumePoint.PARTITIONS);
        return partitions != null && !partitions.isNull() ? fallback : null;
    }

    private static String choices(StreamInfo info) {
        List<String> names = new ArrayList<>();
        for (String choice : info.cursorChoices()) {
            names.add("\"" + choice + "\"" + (names.isEmpty() ? " (the default)" : ""));
        }
        return String.join(", ", names);
    }
}
