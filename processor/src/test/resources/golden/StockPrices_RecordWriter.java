package test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.RecordWriter;
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
        LocalDate date = record.date();
        if (date == null) {
            out.writeNull();
        } else {
            out.writeString(JsonValues.format(date));
        }
        out.writeFieldName(NAME_STOCK_TICKER);
        String stockTicker = record.stockTicker();
        if (stockTicker == null) {
            out.writeNull();
        } else {
            out.writeString(stockTicker);
        }
        out.writeFieldName(NAME_PRICE);
        double price = record.price();
        out.writeNumber(price);
        out.writeEndObject();
    }
}
