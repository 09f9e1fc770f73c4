package io.cursorkit.runtime.spi;

import io.cursorkit.runtime.ConfigException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code @CursorWindow} of one stream with the values of a configuration: where the first sync
 * starts, where every sync ends, how far behind the saved cursor a sync re-reads, and how far past
 * the sync's start a cursor may move the state. Made by the generated {@code window(config)} before
 * any stream starts, so a wrong value is a {@code config_error} and no record is emitted.
 *
 * <p>Cursor arithmetic is by the cursor's class, not by reflection: dates go back whole days (a
 * lookback of hours is rounded up to days), date-times by the duration, numbers by the amount. A
 * result that falls outside the type's range means "from the very beginning", which is always safe.
 *
 * @param <C> the cursor type
 */
public final class WindowBounds<C extends Comparable<? super C>> {
    private static final long DAY_SECONDS = 86_400;

    private final String startProperty;
    private final C start;
    private final String endProperty;
    private final C end;
    private final String lookbackProperty;
    /** The lookback of a date or time cursor; null for none or for a numeric cursor. */
    private final Duration lookbackTime;
    /** The lookback of a numeric cursor; null for none or for a date or time cursor. */
    private final BigDecimal lookbackAmount;

    private final Duration futureMargin;
    /** {@link #futureMargin} as the author wrote it, for messages. */
    private final String futureMarginText;

    private WindowBounds(
            String startProperty,
            C start,
            String endProperty,
            C end,
            String lookbackProperty,
            Duration lookbackTime,
            BigDecimal lookbackAmount,
            String futureMargin) {
        this.startProperty = startProperty;
        this.start = start;
        this.endProperty = endProperty;
        this.end = end;
        this.lookbackProperty = lookbackProperty;
        this.lookbackTime = lookbackTime;
        this.lookbackAmount = lookbackAmount;
        this.futureMargin = futureMargin == null ? null : Duration.parse(futureMargin);
        this.futureMarginText = futureMargin;
    }

    /**
     * The window of stream {@code stream}; a property name is null when the annotation leaves that
     * bound out, a value null when the config leaves it out.
     *
     * @param lookback a whole number of days or an ISO-8601 duration string for a date or time
     *     cursor, a number for a numeric cursor
     * @param futureMargin an ISO-8601 duration, or null
     * @throws ConfigException when the start is after the end, or the lookback is negative or unreadable
     */
    public static <C extends Comparable<? super C>> WindowBounds<C> of(
            String stream,
            Class<C> cursorType,
            String startProperty,
            C start,
            String endProperty,
            C end,
            String lookbackProperty,
            Object lookback,
            String futureMargin)
            throws ConfigException {
        if (start != null && end != null && start.compareTo(end) > 0) {
            throw new ConfigException("config properties '" + startProperty + "' (" + text(start)
                    + ") and '" + endProperty + "' (" + text(end) + "): the start is after the end,"
                    + " so stream '" + stream + "' would read nothing. Set " + startProperty + " on or before "
                    + endProperty + ", or leave " + endProperty + " out.");
        }
        Duration time = null;
        BigDecimal amount = null;
        if (lookback != null) {
            if (isTemporal(cursorType)) {
                time = duration(lookbackProperty, lookback);
            } else {
                amount = amount(lookbackProperty, lookback);
            }
        }
        return new WindowBounds<>(startProperty, start, endProperty, end, lookbackProperty, time, amount, futureMargin);
    }

    /** The start of {@code day} in UTC, as a start or end bound of a date-time cursor. */
    public static OffsetDateTime offsetStartOfDay(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The start of {@code day} in UTC. */
    public static ZonedDateTime zonedStartOfDay(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC);
    }

    /** The start of {@code day} in UTC. */
    public static Instant instantStartOfDay(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The start of {@code day}. */
    public static LocalDateTime localStartOfDay(LocalDate day) {
        return day == null ? null : day.atStartOfDay();
    }

    /** The first cursor value to sync, or null. */
    public C start() {
        return start;
    }

    /** The last cursor value to sync, or null. */
    public C end() {
        return end;
    }

    /** The config property of {@link #start()}, or null. */
    public String startProperty() {
        return startProperty;
    }

    /** The config property of {@link #end()}, or null. */
    public String endProperty() {
        return endProperty;
    }

    /** The config property of the lookback, or null. */
    public String lookbackProperty() {
        return lookbackProperty;
    }

    /** Whether syncs re-read behind the saved cursor (a zero lookback counts: it re-reads nothing). */
    public boolean hasLookback() {
        return lookbackTime != null || lookbackAmount != null;
    }

    /** Whether a cursor may move the state only up to the sync's start plus a margin. */
    public boolean hasFutureMargin() {
        return futureMargin != null;
    }

    /** The margin of {@link #hasFutureMargin()}, or null. */
    public Duration futureMargin() {
        return futureMargin;
    }

    /** The margin as written in {@code @CursorWindow(futureMargin)}, such as {@code "PT5M"}; or null. */
    public String futureMarginText() {
        return futureMarginText;
    }

    /** Whether none of the bounds applies: the stream reads as without the annotation. */
    public boolean isEmpty() {
        return start == null && end == null && !hasLookback() && futureMargin == null;
    }

    /**
     * {@code cursor} minus the lookback; {@code cursor} itself without one; null (from the very
     * beginning) when the result is out of the type's range.
     */
    @SuppressWarnings("unchecked")
    public C minusLookback(C cursor) {
        if (!hasLookback() || cursor == null) {
            return cursor;
        }
        try {
            return (C) minus(cursor);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * Whether {@code cursor} is later than {@code syncStart} plus the margin: for a {@code LocalDate}
     * cursor, later than that instant's date in UTC; a {@code LocalDateTime} is read as UTC.
     */
    public boolean beyondMargin(C cursor, Instant syncStart) {
        if (futureMargin == null || cursor == null) {
            return false;
        }
        Instant limit = syncStart.plus(futureMargin);
        Object value = cursor;
        if (value instanceof LocalDate date) {
            return date.isAfter(LocalDate.ofInstant(limit, ZoneOffset.UTC));
        } else if (value instanceof LocalDateTime time) {
            return time.isAfter(LocalDateTime.ofInstant(limit, ZoneOffset.UTC));
        } else if (value instanceof OffsetDateTime time) {
            return time.toInstant().isAfter(limit);
        } else if (value instanceof ZonedDateTime time) {
            return time.toInstant().isAfter(limit);
        } else if (value instanceof Instant time) {
            return time.isAfter(limit);
        }
        return false;
    }

    private Object minus(Object cursor) {
        if (cursor instanceof LocalDate date) {
            long seconds = lookbackTime.getSeconds() + (lookbackTime.getNano() > 0 ? 1 : 0);
            return date.minusDays((seconds + DAY_SECONDS - 1) / DAY_SECONDS);
        } else if (cursor instanceof LocalDateTime time) {
            return time.minus(lookbackTime);
        } else if (cursor instanceof OffsetDateTime time) {
            return time.minus(lookbackTime);
        } else if (cursor instanceof ZonedDateTime time) {
            return time.minus(lookbackTime);
        } else if (cursor instanceof Instant time) {
            return time.minus(lookbackTime);
        } else if (cursor instanceof Integer value) {
            return Math.toIntExact(integral(BigDecimal.valueOf(value)).longValueExact());
        } else if (cursor instanceof Long value) {
            return integral(BigDecimal.valueOf(value)).longValueExact();
        } else if (cursor instanceof Short value) {
            long result = integral(BigDecimal.valueOf(value)).longValueExact();
            return result < Short.MIN_VALUE ? null : (short) result;
        } else if (cursor instanceof Byte value) {
            long result = integral(BigDecimal.valueOf(value)).longValueExact();
            return result < Byte.MIN_VALUE ? null : (byte) result;
        } else if (cursor instanceof BigInteger value) {
            return integral(new BigDecimal(value)).toBigIntegerExact();
        } else if (cursor instanceof BigDecimal value) {
            return value.subtract(lookbackAmount);
        } else if (cursor instanceof Double value) {
            return value - lookbackAmount.doubleValue();
        } else if (cursor instanceof Float value) {
            return (float) (value - lookbackAmount.doubleValue());
        }
        throw new IllegalStateException(
                "no lookback for a cursor of " + cursor.getClass().getName());
    }

    /** {@code value} minus the lookback, rounded down (re-reading more, never less). */
    private BigDecimal integral(BigDecimal value) {
        return value.subtract(lookbackAmount).setScale(0, RoundingMode.FLOOR);
    }

    /** A bound as its JSON text shows it, for messages. */
    private static String text(Object value) {
        if (value instanceof LocalDate v) {
            return JsonValues.format(v);
        } else if (value instanceof LocalDateTime v) {
            return JsonValues.format(v);
        } else if (value instanceof OffsetDateTime v) {
            return JsonValues.format(v);
        } else if (value instanceof ZonedDateTime v) {
            return JsonValues.format(v);
        } else if (value instanceof Instant v) {
            return JsonValues.format(v);
        }
        return String.valueOf(value);
    }

    private static boolean isTemporal(Class<?> type) {
        return type == LocalDate.class
                || type == LocalDateTime.class
                || type == OffsetDateTime.class
                || type == ZonedDateTime.class
                || type == Instant.class;
    }

    private static Duration duration(String property, Object lookback) throws ConfigException {
        Duration duration;
        if (lookback instanceof Number number) {
            BigDecimal days = new BigDecimal(number.toString());
            if (days.stripTrailingZeros().scale() > 0) {
                throw invalid(property, "a whole number of days", number.toString());
            }
            duration = Duration.ofDays(days.longValueExact());
        } else {
            String text = lookback.toString().trim();
            try {
                duration = Duration.parse(text);
            } catch (DateTimeParseException notDuration) {
                try {
                    Period period = Period.parse(text);
                    if (period.getYears() != 0 || period.getMonths() != 0) {
                        throw invalid(
                                property,
                                "a duration in weeks, days, hours, minutes or seconds (months"
                                        + " and years have no fixed length), such as \"P30D\"",
                                "\"" + text + "\"");
                    }
                    duration = Duration.ofDays(period.getDays());
                } catch (DateTimeParseException e) {
                    throw invalid(
                            property,
                            "an ISO-8601 duration such as \"P3D\" (3 days) or \"PT6H\" (6 hours)",
                            "\"" + text + "\"");
                }
            }
        }
        if (duration.isNegative()) {
            throw negative(property, lookback);
        }
        return duration;
    }

    private static BigDecimal amount(String property, Object lookback) throws ConfigException {
        BigDecimal amount;
        try {
            amount = new BigDecimal(lookback.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(property, "a number", "\"" + lookback + "\"");
        }
        if (amount.signum() < 0) {
            throw negative(property, lookback);
        }
        return amount;
    }

    private static ConfigException invalid(String property, String expected, String found) {
        return new ConfigException("config property '" + property + "' is invalid: expected " + expected + ", found "
                + found + ". Fix its value in the config.");
    }

    private static ConfigException negative(String property, Object found) {
        return new ConfigException("config property '" + property + "' is negative (" + found + "): a lookback"
                + " re-reads behind the saved cursor and cannot reach ahead of it. Set it to 0 or more, or leave"
                + " it out.");
    }
}
