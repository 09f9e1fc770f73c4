package com.example.weather;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.Connector;
import io.cursorkit.annotations.Secret;
import java.time.LocalDate;
import java.util.List;

/** What a user configures: which stations, from when, and the API key. */
@Connector(name = "source-weather", documentationUrl = "https://example.com/docs/source-weather")
public record WeatherConfig(
        @JsonProperty(value = "stations", required = true) List<String> stations,
        @JsonProperty(value = "start_date", required = true) LocalDate startDate,
        @JsonProperty("end_date") LocalDate endDate,
        @Secret @JsonProperty(value = "api_key", required = true) String apiKey,
        @JsonProperty("readings_per_day") int readingsPerDay) {

    public void check() {
        if (!apiKey.startsWith("wk_")) {
            throw new IllegalArgumentException("the API key " + apiKey + " is not a weather key: keys start with wk_");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("end_date is before start_date");
        }
    }

    WeatherApi api() {
        return new WeatherApi(stations, startDate, endDate == null ? LocalDate.now() : endDate, readingsPerDay);
    }
}
