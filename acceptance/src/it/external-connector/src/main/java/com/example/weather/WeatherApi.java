package com.example.weather;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Stands in for a remote weather API: the same inputs always give the same data. */
final class WeatherApi {
    private final List<String> stations;
    private final LocalDate first;
    private final LocalDate last;
    private final int perDay;

    WeatherApi(List<String> stations, LocalDate first, LocalDate last, int perDay) {
        this.stations = List.copyOf(stations);
        this.first = first;
        this.last = last;
        this.perDay = perDay;
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    /** Readings of every station on one day, sorted by station; {@code perDay} readings each. */
    List<Reading> readings(LocalDate day) {
        List<Reading> out = new ArrayList<>();
        for (String station : stations) {
            for (int hour = 0; hour < perDay; hour++) {
                int seed = (station.hashCode() * 31 + day.getDayOfYear()) * 31 + hour;
                double temperature = Math.round((Math.floorMod(seed, 400) / 10.0 - 10.0) * 10) / 10.0;
                Integer humidity = Math.floorMod(seed, 7) == 0 ? null : Math.floorMod(seed, 100);
                out.add(new Reading(
                        day,
                        station,
                        hour,
                        temperature,
                        humidity,
                        day.atTime(hour, 0).atOffset(ZoneOffset.UTC)));
            }
        }
        return out;
    }

    /** Alerts in id order: one every third day for each station. */
    List<Alert> alerts() {
        List<Alert> out = new ArrayList<>();
        long id = 1;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfYear() % 3 != 0) {
                continue;
            }
            for (String station : stations) {
                Alert alert = new Alert();
                alert.setId(id++);
                alert.setStation(station);
                alert.setSeverity(Alert.Severity.values()[(int) (id % 3)]);
                alert.setIssuedAt(day.atStartOfDay().toInstant(ZoneOffset.UTC));
                alert.setTags(List.of("auto", station.toLowerCase()));
                alert.setInternalNote("not for export");
                out.add(alert);
            }
        }
        return out;
    }
}
