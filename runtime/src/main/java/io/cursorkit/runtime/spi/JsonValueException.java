package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON value is not of the expected type or format. It keeps what was expected and what was
 * found apart, so that a message about a secret can leave the found value out.
 */
public final class JsonValueException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final transient JsonNode found;

    public JsonValueException(String expected, JsonNode found) {
        super("expected " + expected + ", found " + JsonValues.describe(found));
        this.expected = expected;
        this.found = found;
    }

    /** What the value should have been: {@code "a string in date format yyyy-MM-dd"}. */
    public String expected() {
        return expected;
    }

    /** The value that was found; may be a {@code MissingNode} or {@code NullNode}. */
    public JsonNode found() {
        return found;
    }

    /** The found value's JSON type only ({@code "a number"}), for secrets. */
    public String foundType() {
        return JsonValues.describeType(found);
    }
}
