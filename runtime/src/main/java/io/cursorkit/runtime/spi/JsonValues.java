package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Conversions between JSON values and the scalar types cursorkit supports, shared by generated
 * record writers, state serializers and config readers so that a type has one JSON form
 * everywhere. Readers never return null: the caller decides what JSON null means.
 */
public final class JsonValues {
    private JsonValues() {}

    public static final String DATE = "a string in date format yyyy-MM-dd";
    public static final String DATE_TIME_LOCAL = "a string in date-time format without offset, yyyy-MM-ddTHH:mm:ss";
    public static final String DATE_TIME_OFFSET =
            "a string in date-time format with offset, yyyy-MM-ddTHH:mm:ss+01:00 or ...Z";

    // ---- formatting: the one JSON text of each date and time type ----

    public static String format(LocalDate value) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }

    public static String format(LocalDateTime value) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
    }

    public static String format(OffsetDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    /** Offset form, without the zone id (JSON Schema's date-time has no place for it). */
    public static String format(ZonedDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    public static String format(Instant value) {
        return DateTimeFormatter.ISO_INSTANT.format(value);
    }

    // ---- reading ----

    public static String string(JsonNode node) throws JsonValueException {
        if (!node.isTextual()) {
            throw new JsonValueException("a string", node);
        }
        return node.textValue();
    }

    public static boolean bool(JsonNode node) throws JsonValueException {
        if (!node.isBoolean()) {
            throw new JsonValueException("a boolean (true or false)", node);
        }
        return node.booleanValue();
    }

    public static int intValue(JsonNode node) throws JsonValueException {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new JsonValueException("an integer from -2147483648 to 2147483647", node);
        }
        return node.intValue();
    }

    public static long longValue(JsonNode node) throws JsonValueException {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new JsonValueException("an integer that fits in 64 bits", node);
        }
        return node.longValue();
    }

    public static BigInteger bigInteger(JsonNode node) throws JsonValueException {
        if (!node.isIntegralNumber()) {
            throw new JsonValueException("an integer", node);
        }
        return node.bigIntegerValue();
    }

    public static double doubleValue(JsonNode node) throws JsonValueException {
        if (!node.isNumber()) {
            throw new JsonValueException("a number", node);
        }
        return node.doubleValue();
    }

    public static float floatValue(JsonNode node) throws JsonValueException {
        if (!node.isNumber()) {
            throw new JsonValueException("a number", node);
        }
        return node.floatValue();
    }

    public static BigDecimal bigDecimal(JsonNode node) throws JsonValueException {
        if (!node.isNumber()) {
            throw new JsonValueException("a number", node);
        }
        return node.decimalValue();
    }

    public static LocalDate localDate(JsonNode node) throws JsonValueException {
        try {
            return LocalDate.parse(text(node, DATE), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new JsonValueException(DATE, node);
        }
    }

    public static LocalDateTime localDateTime(JsonNode node) throws JsonValueException {
        try {
            return LocalDateTime.parse(text(node, DATE_TIME_LOCAL), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new JsonValueException(DATE_TIME_LOCAL, node);
        }
    }

    public static OffsetDateTime offsetDateTime(JsonNode node) throws JsonValueException {
        try {
            return OffsetDateTime.parse(text(node, DATE_TIME_OFFSET), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new JsonValueException(DATE_TIME_OFFSET, node);
        }
    }

    public static ZonedDateTime zonedDateTime(JsonNode node) throws JsonValueException {
        try {
            return ZonedDateTime.parse(text(node, DATE_TIME_OFFSET), DateTimeFormatter.ISO_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new JsonValueException(DATE_TIME_OFFSET, node);
        }
    }

    public static Instant instant(JsonNode node) throws JsonValueException {
        try {
            return OffsetDateTime.parse(text(node, DATE_TIME_OFFSET), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new JsonValueException(DATE_TIME_OFFSET, node);
        }
    }

    private static String text(JsonNode node, String expected) throws JsonValueException {
        if (!node.isTextual()) {
            throw new JsonValueException(expected, node);
        }
        return node.textValue();
    }

    // ---- describing what was found, for messages ----

    /** The value with its type, shortened: {@code the number 42}, {@code the string "x"}. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        String text = node.toString();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return describeType(node).replaceFirst("^an? ", "the ") + " " + text;
    }

    /** The type alone: {@code a number}, {@code a string}, {@code an object}. */
    public static String describeType(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> "a value";
        };
    }
}
