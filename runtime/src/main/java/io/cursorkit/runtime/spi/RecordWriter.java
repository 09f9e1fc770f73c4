package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one record as a JSON object, generated per stream as {@code <Stream>_RecordWriter}.
 * Generated implementations use pre-encoded property names and no reflection.
 */
public interface RecordWriter<R> {
    /** Writes {@code record} as one complete JSON object, from its start to its end. */
    void write(R record, JsonGenerator out) throws IOException;
}
