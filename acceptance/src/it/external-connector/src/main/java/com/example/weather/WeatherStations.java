package com.example.weather;

import io.cursorkit.annotations.Stream;
import java.util.List;
import java.util.Map;

/** Every known station; full refresh only (the record type has no cursor). */
@Stream(name = "stations", primaryKey = "id")
public final class WeatherStations {
    public WeatherStations() {}

    public Iterable<Station> read() {
        return List.of(
                new Station("OSL", "Oslo Blindern", new Station.Location(59.94, 10.72, 94), Map.of("country", "NO")),
                new Station("BER", "Berlin Dahlem", new Station.Location(52.45, 13.30, null), Map.of("country", "DE")),
                new Station("LIS", "Lisboa Geofisico", new Station.Location(38.72, -9.15, 77), Map.of()));
    }
}
