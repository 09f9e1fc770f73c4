package io.cursorkit.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Dates and times have one JSON text, valid for Airbyte's well-known types, that reads back to the same value. */
class JsonValuesTest {
    // the well-known types' patterns of the protocol schema (Date, TimestampWithTimezone, TimestampWithoutTimezone)
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}( BC)?$");
    private static final Pattern WITH_ZONE =
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+\\-]\\d{1,2}:\\d{2})( BC)?$");
    private static final Pattern WITHOUT_ZONE =
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?( BC)?$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void zeroSecondsAreWrittenOut() throws Exception {
        LocalDateTime local = LocalDateTime.of(2024, 1, 2, 10, 0);
        assertEquals("2024-01-02T10:00:00", JsonValues.format(local));
        assertEquals(local, JsonValues.localDateTime(NODES.textNode(JsonValues.format(local))));

        OffsetDateTime offset = OffsetDateTime.of(2024, 1, 2, 10, 0, 0, 0, ZoneOffset.ofHours(1));
        assertEquals("2024-01-02T10:00:00+01:00", JsonValues.format(offset));
        assertEquals(offset, JsonValues.offsetDateTime(NODES.textNode(JsonValues.format(offset))));

        Instant instant = Instant.parse("2024-01-02T10:00:00Z");
        assertEquals("2024-01-02T10:00:00Z", JsonValues.format(instant));
        assertEquals(instant, JsonValues.instant(NODES.textNode(JsonValues.format(instant))));

        ZonedDateTime zoned = ZonedDateTime.of(local, ZoneId.of("Europe/Paris"));
        assertEquals("2024-01-02T10:00:00+01:00", JsonValues.format(zoned));
        assertEquals(
                zoned.toInstant(),
                JsonValues.zonedDateTime(NODES.textNode(JsonValues.format(zoned)))
                        .toInstant());
    }

    @Test
    void everyFormMatchesTheProtocolsWellKnownTypes() {
        LocalDateTime local = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_000_000);
        assertTrue(DATE.matcher(JsonValues.format(local.toLocalDate())).matches());
        assertTrue(WITHOUT_ZONE.matcher(JsonValues.format(local)).matches(), JsonValues.format(local));
        assertTrue(WITH_ZONE
                .matcher(JsonValues.format(local.atOffset(ZoneOffset.ofHoursMinutes(5, 30))))
                .matches());
        assertTrue(WITH_ZONE
                .matcher(JsonValues.format(local.toInstant(ZoneOffset.UTC)))
                .matches());
        assertTrue(WITH_ZONE
                .matcher(JsonValues.format(local.atZone(ZoneId.of("America/New_York"))))
                .matches());
    }

    @Test
    void aValueOfAnotherTypeOrFormatIsRejectedWithWhatWasExpected() {
        JsonValueException wrongType =
                assertThrows(JsonValueException.class, () -> JsonValues.localDate(NODES.numberNode(20240102)));
        assertEquals(JsonValues.DATE, wrongType.expected());
        assertEquals("expected " + JsonValues.DATE + ", found the number 20240102", wrongType.getMessage());
        JsonValueException wrongFormat =
                assertThrows(JsonValueException.class, () -> JsonValues.localDate(NODES.textNode("02/01/2024")));
        assertEquals("a string", wrongFormat.foundType());
        assertThrows(JsonValueException.class, () -> JsonValues.intValue(NODES.numberNode(1L << 40)));
        assertEquals(LocalDate.of(2024, 1, 2), assertDoesNotThrowDate("2024-01-02"));
    }

    private static LocalDate assertDoesNotThrowDate(String text) {
        try {
            return JsonValues.localDate(NODES.textNode(text));
        } catch (JsonValueException e) {
            throw new AssertionError(e);
        }
    }
}
