package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a generated reader of a stream's own state ({@code @StreamState}) calls to read a property:
 * the same reading as {@link ConfigValues}, with messages about the state ({@code property
 * 'sync_token' is invalid: expected a string, found the number 3}). The runtime puts the stream's
 * name and the fix around them. State holds no secrets, so values are always shown.
 */
public final class StateValues {
    private static final ValueReading READING = new ValueReading(StateValues::invalid);

    private StateValues() {}

    /** The path of property {@code name} inside the object at {@code path} ({@code ""} for the root). */
    public static String child(String path, String name) {
        return ConfigValues.child(path, name);
    }

    /**
     * Unknown properties of a state are not reported: the state also holds what the runtime keeps
     * ({@code cursorkit}), and a state may carry what a migration no longer needs.
     */
    public static void warnUnknown(JsonNode node, String path, Set<String> known, Consumer<String> warnings) {}

    /** A required property is absent ({@code found} null) or JSON null. */
    public static ConfigException missing(String property, String expected, JsonNode found) {
        return new ConfigException(
                "property '" + property + (found == null ? "' is missing" : "' is null") + ": expected " + expected);
    }

    /** A property has a value of the wrong type or format. */
    public static ConfigException invalid(String property, JsonValueException e, boolean secret) {
        return new ConfigException("property '" + (property.isEmpty() ? "(the state)" : property)
                + "' is invalid: expected " + e.expected() + ", found " + JsonValues.describe(e.found()));
    }

    /** Reads the value at {@code path} with {@code reader}. */
    public static <T> T value(JsonNode node, String path, boolean secret, ConfigValues.Reader<T> reader)
            throws ConfigException {
        return READING.value(node, path, secret, reader);
    }

    /** {@code node} itself when it is an object. */
    public static JsonNode object(JsonNode node, String path, boolean secret, String expected) throws ConfigException {
        return READING.object(node, path, secret, expected);
    }

    /** The elements of the array {@code node}, each read with {@code reader}, added to {@code into}. */
    public static <T, C extends Collection<T>> C collection(
            JsonNode node, String path, boolean secret, ConfigValues.Reader<T> reader, String expected, C into)
            throws ConfigException {
        return READING.collection(node, path, secret, reader, expected, into);
    }

    /** The fields of the object {@code node}, in order, each value read with {@code reader}. */
    public static <T> Map<String, T> map(
            JsonNode node, String path, boolean secret, ConfigValues.Reader<T> reader, String expected)
            throws ConfigException {
        return READING.map(node, path, secret, reader, expected);
    }

    /** The elements of the array {@code node}, each an object read with {@code reader} at {@code path[i]}. */
    public static <T, C extends Collection<T>> C objectCollection(
            JsonNode node, String path, boolean secret, ConfigValues.ObjectReader<T> reader, String expected, C into)
            throws ConfigException {
        return READING.objectCollection(node, path, secret, reader, expected, into);
    }

    /** The fields of the object {@code node}, in order, each value an object read with {@code reader}. */
    public static <T> Map<String, T> objectMap(
            JsonNode node, String path, boolean secret, ConfigValues.ObjectReader<T> reader, String expected)
            throws ConfigException {
        return READING.objectMap(node, path, secret, reader, expected);
    }
}
