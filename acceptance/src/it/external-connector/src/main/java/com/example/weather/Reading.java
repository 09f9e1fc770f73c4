package com.example.weather;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.CursorField;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One reading of one station. */
public record Reading(
        @CursorField LocalDate date,
        @JsonProperty("station_id") String stationId,
        int hour,
        double temperature,
        Integer humidity,
        @JsonProperty("observed_at") OffsetDateTime observedAt) {}
