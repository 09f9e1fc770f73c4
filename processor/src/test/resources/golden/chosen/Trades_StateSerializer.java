package chosen;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.StateSerializer;
import java.io.IOException;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Reads and writes the cursor and slice of stream {@code trades}.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class Trades_StateSerializer implements StateSerializer<Instant, String> {
    public static final Trades_StateSerializer INSTANCE = new Trades_StateSerializer();

    private Trades_StateSerializer() {
    }

    @Override
    public void writeCursor(Instant cursor, JsonGenerator out) throws IOException {
        out.writeString(JsonValues.format(cursor));
    }

    @Override
    public Instant readCursor(JsonNode value) throws JsonValueException {
        return JsonValues.instant(value);
    }

    @Override
    public String cursorDescription() {
        return JsonValues.DATE_TIME_OFFSET;
    }

    @Override
    public void writeSlice(String slice, JsonGenerator out) throws IOException {
        out.writeString(slice);
    }

    /**
     * The cursor {@code id}, for a sync whose user chose it ({@link Trades.TradeCursor.Id}).
     */
    public static final class Id implements StateSerializer<Long, String> {
        public static final Id INSTANCE = new Id();

        private Id() {
        }

        @Override
        public void writeCursor(Long cursor, JsonGenerator out) throws IOException {
            out.writeNumber(cursor);
        }

        @Override
        public Long readCursor(JsonNode value) throws JsonValueException {
            return JsonValues.longValue(value);
        }

        @Override
        public String cursorDescription() {
            return "an integer that fits in 64 bits";
        }

        @Override
        public void writeSlice(String slice, JsonGenerator out) throws IOException {
            Trades_StateSerializer.INSTANCE.writeSlice(slice, out);
        }
    }
}
