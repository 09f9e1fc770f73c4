package test;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.CursorField;
import java.time.LocalDate;

public record StockPrice(
        @CursorField LocalDate date,
        @JsonProperty("stock_ticker") String stockTicker,
        double price) {}
