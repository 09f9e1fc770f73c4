package io.cursorkit.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.runtime.ConfigException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {
    private static <C extends Comparable<? super C>> WindowBounds<C> lookback(Class<C> type, Object lookback)
            throws ConfigException {
        return WindowBounds.of("s", type, null, null, null, null, "lookback", lookback, null);
    }

    @Test
    void theLookbackGoesBackByTheCursorsOwnMeasure() throws ConfigException {
        assertEquals(
                LocalDate.parse("2024-03-07"),
                lookback(LocalDate.class, 3).minusLookback(LocalDate.parse("2024-03-10")));
        // hours on a date cursor round up to whole days: re-reading more, never less
        assertEquals(
                LocalDate.parse("2024-03-09"),
                lookback(LocalDate.class, "PT1H").minusLookback(LocalDate.parse("2024-03-10")));
        assertEquals(
                OffsetDateTime.parse("2024-03-10T09:30:00Z"),
                lookback(OffsetDateTime.class, "PT30M").minusLookback(OffsetDateTime.parse("2024-03-10T10:00:00Z")));
        assertEquals(
                LocalDateTime.parse("2024-02-25T10:00"),
                lookback(LocalDateTime.class, "P2W").minusLookback(LocalDateTime.parse("2024-03-10T10:00")));
        assertEquals(
                Instant.parse("2024-03-08T10:00:00Z"),
                lookback(Instant.class, 2L).minusLookback(Instant.parse("2024-03-10T10:00:00Z")));
        assertEquals(97L, lookback(Long.class, 3).minusLookback(100L));
        assertEquals(7, lookback(Integer.class, 3).minusLookback(10));
        assertEquals(BigInteger.valueOf(-2), lookback(BigInteger.class, 5).minusLookback(BigInteger.valueOf(3)));
        assertEquals(
                new BigDecimal("1.25"),
                lookback(BigDecimal.class, new BigDecimal("0.25")).minusLookback(new BigDecimal("1.50")));
        assertEquals(9.5, lookback(Double.class, 0.5).minusLookback(10.0));
    }

    @Test
    void outOfTheTypesRangeMeansFromTheBeginning() throws ConfigException {
        assertNull(lookback(Long.class, 10).minusLookback(Long.MIN_VALUE + 5));
        assertNull(lookback(Integer.class, 10).minusLookback(Integer.MIN_VALUE + 5));
        assertNull(lookback(LocalDate.class, 10).minusLookback(LocalDate.MIN));
    }

    @Test
    void wrongValuesAreConfigErrorsNamingTheProperty() {
        ConfigException reversed = assertThrows(
                ConfigException.class,
                () -> WindowBounds.of(
                        "trades",
                        LocalDate.class,
                        "start_date",
                        LocalDate.parse("2024-05-01"),
                        "end_date",
                        LocalDate.parse("2024-04-01"),
                        null,
                        null,
                        null));
        assertTrue(
                reversed.getMessage().contains("'start_date' (2024-05-01) and 'end_date' (2024-04-01)")
                        && reversed.getMessage().contains("stream 'trades'"),
                reversed.getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> lookback(Long.class, -1))
                .getMessage()
                .contains("'lookback' is negative (-1)"));
        assertTrue(assertThrows(ConfigException.class, () -> lookback(LocalDate.class, "-PT1H"))
                .getMessage()
                .contains("'lookback' is negative"));
        assertTrue(assertThrows(ConfigException.class, () -> lookback(LocalDate.class, "P1M"))
                .getMessage()
                .contains("months and years have no fixed length"));
        assertTrue(assertThrows(ConfigException.class, () -> lookback(LocalDate.class, "3 days"))
                .getMessage()
                .contains("expected an ISO-8601 duration"));
        assertTrue(assertThrows(ConfigException.class, () -> lookback(LocalDate.class, 1.5))
                .getMessage()
                .contains("a whole number of days"));
    }

    @Test
    void theFutureMarginComparesWithTheSyncsStart() throws ConfigException {
        Instant start = Instant.parse("2024-03-10T23:00:00Z");
        WindowBounds<OffsetDateTime> times =
                WindowBounds.of("s", OffsetDateTime.class, null, null, null, null, null, null, "PT5M");
        assertFalse(times.beyondMargin(OffsetDateTime.parse("2024-03-10T23:05:00Z"), start));
        assertTrue(times.beyondMargin(OffsetDateTime.parse("2024-03-10T23:05:01Z"), start));
        assertTrue(times.beyondMargin(OffsetDateTime.parse("2024-03-11T01:00:00+01:00"), start));
        WindowBounds<LocalDate> days =
                WindowBounds.of("s", LocalDate.class, null, null, null, null, null, null, "PT2H");
        // 23:00 plus two hours is the next day in UTC
        assertFalse(days.beyondMargin(LocalDate.parse("2024-03-11"), start));
        assertTrue(days.beyondMargin(LocalDate.parse("2024-03-12"), start));
        assertTrue(WindowBounds.of("s", Long.class, null, null, null, null, null, null, null)
                .isEmpty());
    }

    @Test
    void aLocalDateBoundsADateTimeCursorFromTheStartOfThatDayInUtc() {
        assertEquals(
                OffsetDateTime.parse("2024-03-10T00:00:00Z"),
                WindowBounds.offsetStartOfDay(LocalDate.parse("2024-03-10")));
        assertEquals(
                Instant.parse("2024-03-10T00:00:00Z"), WindowBounds.instantStartOfDay(LocalDate.parse("2024-03-10")));
        assertNull(WindowBounds.offsetStartOfDay(null));
    }
}
