package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * Builds the canonical JSON text of a primary key: an array of its values, in {@code primaryKey}
 * order, each in its JSON form, with no spaces ({@code ["AAPL","2024-01-02"]}). Generated {@link
 * GeneratedStream#primaryKey} methods use it; the runtime compares keys as these strings.
 * Date and time values are passed already formatted with {@link JsonValues#format}.
 */
public final class KeyBuilder {
    private final StringBuilder text = new StringBuilder(32).append('[');
    private boolean first = true;

    public KeyBuilder add(String value) {
        separate();
        if (value == null) {
            text.append("null");
        } else {
            text.append('"');
            JsonStringEncoder.getInstance().quoteAsString(value, text);
            text.append('"');
        }
        return this;
    }

    public KeyBuilder add(long value) {
        separate();
        text.append(value);
        return this;
    }

    /** The shortest digits that read back as {@code value}, as the runtime writes doubles in JSON. */
    public KeyBuilder add(double value) {
        separate();
        text.append(NumberOutput.toString(value, true));
        return this;
    }

    public KeyBuilder add(boolean value) {
        separate();
        text.append(value);
        return this;
    }

    /** A number other than long or double ({@code BigInteger}, {@code BigDecimal}), or null. */
    public KeyBuilder add(Number value) {
        separate();
        text.append(value == null ? "null" : value.toString());
        return this;
    }

    public String build() {
        return text.append(']').toString();
    }

    private void separate() {
        if (!first) {
            text.append(',');
        }
        first = false;
    }
}
