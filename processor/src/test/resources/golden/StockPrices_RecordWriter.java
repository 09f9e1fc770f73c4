package test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.cursorkit.runtime.internal.JsonValues;
import io.cursorkit.runtime.internal.RecordWriter;
import java.io.IOException;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * Writes a {@link StockPrice} of stream {@code stock_prices} as JSON.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class StockPrices_RecordWriter implements RecordWriter<StockPrice> {
    public static final StockPrices_RecordWriter INSTANCE = new StockPrices_RecordWriter();

    private static final SerializedString NAME_DATE = new SerializedString("date");

    private static final SerializedString NAME_STOCK_TICKER = new SerializedString("stock_ticker");

    private static final SerializedString NAME_PRICE = new SerializedString("price");

    private StockPrices_RecordWriter() {
    }

    @Override
    public void write(StockPrice record, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeFieldName(NAME_DATE);
        LocalDate v0 = record.date();
        if (v0 == null) {
            out.writeNull();
        } else {
            out.writeString(JsonValues.format(v0));
        }
        out.writeFieldName(NAME_STOCK_TICKER);
        String v1 = record.stockTicker();
        if (v1 == null) {
            out.writeNull();
        } else {
            out.writeString(v1);
        }
        out.writeFieldName(NAME_PRICE);
        double v2 = record.price();
        out.writeNumber(v2);
        out.writeEndObject();
    }
}
