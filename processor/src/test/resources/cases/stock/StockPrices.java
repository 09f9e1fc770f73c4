package test;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

@Stream(name = "stock_prices", primaryKey = {"stock_ticker", "date"})
@CheckpointInterval(100)
public final class StockPrices {
    private final StockConfig config;

    public StockPrices(StockConfig config) {
        this.config = config;
    }

    @Slices
    public List<Month> slices(LocalDate since) {
        return since == null ? List.of(Month.JANUARY, Month.FEBRUARY) : List.of(since.getMonth());
    }

    public Iterable<StockPrice> read(Month slice, LocalDate since) {
        LocalDate day = config.startDate().withMonth(slice.getValue());
        return List.of(new StockPrice(day, "AAPL", 1.5), new StockPrice(day.plusDays(1), "MSFT", 2.5));
    }
}
