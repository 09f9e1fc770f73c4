package com.example.weather;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/** Alerts by increasing id; the stream's name defaults to "alerts". */
@Stream(primaryKey = "id")
@CheckpointInterval(10)
public final class Alerts {
    private final WeatherApi api;

    public Alerts(WeatherConfig config) {
        this.api = config.api();
    }

    public Iterator<Alert> read(Long since) {
        return api.alerts().stream()
                .filter(a -> since == null || a.getId() >= since)
                .iterator();
    }
}
