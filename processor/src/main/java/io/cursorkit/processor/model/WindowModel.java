package io.cursorkit.processor.model;

/**
 * A stream's validated {@code @CursorWindow}: the config properties it reads, each of a type that
 * fits the cursor. Null parts are bounds the annotation leaves out.
 *
 * @param start the start bound, or null
 * @param end the end bound, or null
 * @param lookback the config property holding the lookback (days or an ISO-8601 string for a date or
 *     time cursor, a number for a numeric cursor), or null
 * @param futureMargin the ISO-8601 duration of {@code futureMargin}, or null
 */
public record WindowModel(Bound start, Bound end, PropertyModel lookback, String futureMargin) {

    /**
     * A start or end bound.
     *
     * @param property the config property
     * @param fromDate whether it is a {@code LocalDate} for a date-time cursor (the start of that day in UTC)
     */
    public record Bound(PropertyModel property, boolean fromDate) {}
}
