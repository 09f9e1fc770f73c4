package test.stock;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
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
        List<Month> months = new ArrayList<>();
        Month first = since == null ? config.startDate().getMonth() : since.getMonth();
        for (Month month = first; ; month = month.plus(1)) {
            months.add(month);
            if (month == Month.MARCH) {
                return months;
            }
        }
    }

    public Iterable<StockPrice> read(Month slice, LocalDate since) {
        LocalDate day = LocalDate.of(2024, slice, 1);
        return List.of(
                new StockPrice(day, "AAPL", 100.5),
                new StockPrice(day.plusDays(1), "AAPL", 101.25));
    }
}
