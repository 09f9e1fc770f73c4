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

    /**
     * The version of the stream's state ({@code @StateVersion} on a stream class with a cursor), 0
     * when it declares none. Every state of a versioned stream carries it; a state of a higher
     * version is refused before anything is read.
     */
    default int version() {
        return 0;
    }

    /**
     * What the author's {@code @StateMigration} from states of {@code version} (below {@link
     * #version}, 0 for states without one) reads: nothing ({@link Migration#NONE}, the cursor is
     * read as it is now), each cursor value, or the whole state.
     */
    default Migration migrationFrom(int version) {
        return Migration.NONE;
    }

    /**
     * Applies the migration from {@code version}: {@code value} is a cursor value or the whole state
     * as {@link #migrationFrom} says; the result is the cursor in its current type, or null to start
     * the stream over.
     *
     * @throws JsonValueException when {@code value} is not of the form the migration takes
     * @throws Exception whatever the author's migration throws
     */
    default C migrate(JsonNode value, int version) throws Exception {
        throw new IllegalStateException("no migration from version " + version);
    }

    /** What a migration of a cursor's state reads. */
    enum Migration {
        /** No migration: the state's cursor is read in its current form. */
        NONE,
        /** Each cursor value of the state (the stream's, each partition's, or a bare one). */
        CURSOR,
        /** The whole state, as JSON; the result is the stream's one cursor. */
        STATE
    }
}
