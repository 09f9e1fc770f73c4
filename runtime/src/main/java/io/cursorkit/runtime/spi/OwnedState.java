package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * The state a stream owns ({@code @StreamState}), generated as {@code <Stream>_OwnedState}: the calls
 * of the author's stream that take the state, the typed state's JSON reader and writer, and the
 * migrations from older versions. The runtime keeps the rest of the state ({@code cursorkit}) around
 * it.
 *
 * <p>Rules: {@link #current} is asked only at points where every record {@code read} returned has
 * been emitted; {@link #decode} applies the migrations in order before reading the current type, and
 * never sees a version above {@link #version} (the runtime refuses those first).
 *
 * @param <T> the author's {@code @Stream} class
 * @param <S> the slice type, or {@code Void}
 * @param <R> the record type
 * @param <O> the state type
 */
public interface OwnedState<T, S, R, O> {
    /** The current version ({@code @StateVersion} of the state type), or 0 when it declares none. */
    int version();

    /** The stream's state now: what its {@code @StreamState} method returns (may be null). */
    O current(T stream);

    /** The slices to read, from the {@code @Slices} method (which may take the state); one null slice without one. */
    List<S> slices(T stream, O state) throws Exception;

    /** Calls the author's {@code read}, with the slice and the state it declares. */
    CloseableIterator<R> read(T stream, S slice, O state) throws Exception;

    /** Writes the state's properties (never null) as fields of the JSON object being written. */
    void write(O state, JsonGenerator out) throws IOException;

    /**
     * The state held by {@code blob}, migrated to the current version and read as the current type.
     *
     * @param blob the stream's state: an object, or a bare value
     * @param version the version the blob carries; 0 when it carries none
     * @throws io.cursorkit.runtime.ConfigException naming the property and what it should be, or the
     *     version no migration starts from; any exception of the author's migrations as it is
     */
    O decode(JsonNode blob, int version) throws Exception;
}
