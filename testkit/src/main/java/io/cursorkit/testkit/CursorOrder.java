package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Compares cursor values in their JSON form: numbers by value, dates and times as instants, else text. */
final class CursorOrder {
    private CursorOrder() {}

    /**
     * Negative, zero or positive as {@code a} is below, equal to or above {@code b}; null when they
     * cannot be compared (different JSON types, or null).
     */
    static Integer compare(JsonNode a, JsonNode b) {
        if (a == null || b == null || a.isNull() || b.isNull()) {
            return null;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (!a.isTextual() || !b.isTextual()) {
            return null;
        }
        String x = a.textValue();
        String y = b.textValue();
        Integer temporal = temporal(x, y, text -> OffsetDateTime.parse(text).toInstant()); // one instant, any offset
        if (temporal == null) {
            temporal = temporal(x, y, LocalDateTime::parse);
        }
        if (temporal == null) {
            temporal = temporal(x, y, LocalDate::parse);
        }
        return temporal != null ? temporal : Integer.valueOf(x.compareTo(y));
    }

    private static <T extends Comparable<? super T>> Integer temporal(String x, String y, Function<String, T> parse) {
        try {
            return parse.apply(x).compareTo(parse.apply(y));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
