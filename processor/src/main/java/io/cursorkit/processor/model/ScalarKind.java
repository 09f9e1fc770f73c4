package io.cursorkit.processor.model;

/** The scalar Java types cursorkit maps to one JSON value, with their JSON Schema. */
public enum ScalarKind {
    STRING("string", null, null),
    CHAR("string", null, null),
    BOOLEAN("boolean", null, null),
    BYTE("integer", null, null),
    SHORT("integer", null, null),
    INT("integer", null, null),
    LONG("integer", null, null),
    BIG_INTEGER("integer", null, null),
    FLOAT("number", null, null),
    DOUBLE("number", null, null),
    BIG_DECIMAL("number", null, null),
    LOCAL_DATE("string", "date", null),
    LOCAL_DATE_TIME("string", "date-time", "timestamp_without_timezone"),
    OFFSET_DATE_TIME("string", "date-time", "timestamp_with_timezone"),
    ZONED_DATE_TIME("string", "date-time", "timestamp_with_timezone"),
    INSTANT("string", "date-time", "timestamp_with_timezone");

    private final String schemaType;
    private final String format;
    private final String airbyteType;

    ScalarKind(String schemaType, String format, String airbyteType) {
        this.schemaType = schemaType;
        this.format = format;
        this.airbyteType = airbyteType;
    }

    /** The JSON Schema {@code type}: string, integer, number or boolean. */
    public String schemaType() {
        return schemaType;
    }

    /** The JSON Schema {@code format}, or null. */
    public String format() {
        return format;
    }

    /** Airbyte's {@code airbyte_type}, or null. */
    public String airbyteType() {
        return airbyteType;
    }

    /** Whether values are dates or times, written through {@code JsonValues.format}. */
    public boolean temporal() {
        return format != null;
    }
}
