package com.example.weather;

import java.util.Map;

/** A weather station. */
public record Station(String id, String name, Location location, Map<String, String> labels) {
    /** Where a station stands. */
    public record Location(double latitude, double longitude, Integer elevation) {}
}
