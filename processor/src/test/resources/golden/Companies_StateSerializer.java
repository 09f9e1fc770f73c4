package dir;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.StateSerializer;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes the cursor and slice of stream {@code companies}.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class Companies_StateSerializer implements StateSerializer<String, Void> {
    public static final Companies_StateSerializer INSTANCE = new Companies_StateSerializer();

    private Companies_StateSerializer() {
    }

    @Override
    public void writeCursor(String cursor, JsonGenerator out) throws IOException {
        out.writeString(cursor);
    }

    @Override
    public String readCursor(JsonNode value) throws JsonValueException {
        return JsonValues.string(value);
    }

    @Override
    public String cursorDescription() {
        return "a string";
    }

    @Override
    public void writeSlice(Void slice, JsonGenerator out) throws IOException {
        out.writeNull();
    }
}
