package io.cursorkit.processor.model;

/**
 * The JSON shapes of the Java types cursorkit supports (DESIGN.md, "Types and their JSON"). Every
 * supported Java type has exactly one kind; a type without one is reported, never modelled.
 */
public enum JsonKind {
    STRING,
    CHAR,
    INT,
    LONG,
    SHORT,
    BYTE,
    BIG_INTEGER,
    FLOAT,
    DOUBLE,
    BIG_DECIMAL,
    BOOLEAN,
    LOCAL_DATE,
    LOCAL_DATE_TIME,
    OFFSET_DATE_TIME,
    ZONED_DATE_TIME,
    INSTANT,
    ENUM,
    ARRAY,
    MAP,
    OBJECT;

    /** A single JSON value that is not an array or object. */
    public boolean isScalar() {
        return this != ARRAY && this != MAP && this != OBJECT;
    }

    boolean isTemporal() {
        return this == LOCAL_DATE
                || this == LOCAL_DATE_TIME
                || this == OFFSET_DATE_TIME
                || this == ZONED_DATE_TIME
                || this == INSTANT;
    }

    boolean isIntegral() {
        return this == INT || this == LONG || this == SHORT || this == BYTE || this == BIG_INTEGER;
    }

    boolean isDecimal() {
        return this == FLOAT || this == DOUBLE || this == BIG_DECIMAL;
    }
}
