package com.example.weather;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Readings by calendar month, oldest first. */
@Stream(name = "daily_readings", primaryKey = {"station_id", "date", "hour"})
@CheckpointInterval(25)
public final class DailyReadings {
    private final WeatherApi api;

    public DailyReadings(WeatherConfig config) {
        this.api = config.api();
    }

    @Slices
    public List<YearMonth> slices(LocalDate since) {
        LocalDate from = since == null || since.isBefore(api.first()) ? api.first() : since;
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(api.last())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public java.util.stream.Stream<Reading> read(YearMonth month, LocalDate since) {
        LocalDate from = month.atDay(1);
        if (since != null && since.isAfter(from)) {
            from = since;
        }
        if (from.isBefore(api.first())) {
            from = api.first();
        }
        LocalDate to = month.atEndOfMonth().isAfter(api.last()) ? api.last() : month.atEndOfMonth();
        return from.datesUntil(to.plusDays(1)).flatMap(day -> api.readings(day).stream());
    }
}
