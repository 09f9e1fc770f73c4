package test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.StateSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import javax.annotation.processing.Generated;

/**
 * Reads and writes the cursor and slice of stream {@code stock_prices}.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class StockPrices_StateSerializer implements StateSerializer<LocalDate, Month> {
    public static final StockPrices_StateSerializer INSTANCE = new StockPrices_StateSerializer();

    private StockPrices_StateSerializer() {
    }

    @Override
    public void writeCursor(LocalDate cursor, JsonGenerator out) throws IOException {
        out.writeString(JsonValues.format(cursor));
    }

    @Override
    public LocalDate readCursor(JsonNode value) throws JsonValueException {
        return JsonValues.localDate(value);
    }

    @Override
    public String cursorDescription() {
        return JsonValues.DATE;
    }

    @Override
    public void writeSlice(Month slice, JsonGenerator out) throws IOException {
        out.writeString(slice.name());
    }
}
