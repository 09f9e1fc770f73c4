package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Writes and reads the typed parts of a stream's state, generated per stream as {@code
 * <Stream>_StateSerializer}: the cursor, in the same JSON type and format as in the records, and
 * the slice, in its JSON form. The runtime writes the rest of the state around them.
 */
public interface StateSerializer<C, S> {
    /** Writes a cursor value (never null) as the JSON value it has in records. */
    void writeCursor(C cursor, JsonGenerator out) throws IOException;

    /**
     * Reads a cursor value written by {@link #writeCursor} (or by hand, in the same form).
     *
     * @throws JsonValueException when {@code value} is not of the cursor's JSON type or format
     */
    C readCursor(JsonNode value) throws JsonValueException;

    /** What a cursor looks like in JSON, for messages: {@code "a string in date format yyyy-MM-dd"}. */
    String cursorDescription();

    /** Writes a slice (never null) as JSON, so that a completed slice can be recognised later. */
    void writeSlice(S slice, JsonGenerator out) throws IOException;
}
