package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Date cursor, sliced by month ({@code "2024-01"}), sorted, a state every 5 rows, a two-field key. */
@Stream(
        name = "monthly",
        primaryKey = {"ticker", "day"})
@CheckpointInterval(5)
public final class Monthly {
    private final CasesConfig config;

    public Monthly(CasesConfig config) {
        this.config = config;
    }

    @Slices
    public List<String> slices(LocalDate since) {
        List<Quote> quotes = DataFiles.quotes(config, "monthly");
        List<String> months = new ArrayList<>();
        if (quotes.isEmpty()) {
            return months;
        }
        LocalDate first = since != null
                ? since
                : quotes.stream().map(Quote::day).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last =
                quotes.stream().map(Quote::day).max(Comparator.naturalOrder()).orElseThrow();
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    public Iterator<Quote> read(String month, LocalDate since) {
        YearMonth slice = YearMonth.parse(month);
        return DataFiles.failing(
                config,
                "monthly",
                DataFiles.quotes(config, "monthly").stream()
                        .filter(q -> YearMonth.from(q.day()).equals(slice))
                        .filter(q -> since == null || !q.day().isBefore(since))
                        .sorted(Comparator.comparing(Quote::day).thenComparing(Quote::ticker))
                        .toList());
    }
}
