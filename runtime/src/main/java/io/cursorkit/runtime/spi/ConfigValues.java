package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What every generated {@code parseConfig} calls to read a property: its dotted path for messages,
 * the messages for a missing or invalid value (never showing a secret's value), and the reading of
 * values, arrays and maps through {@link JsonValues}. Generated code decides per property which
 * reader applies; this class holds the rules that are the same for every connector.
 */
public final class ConfigValues {
    private static final ValueReading READING = new ValueReading(ConfigValues::invalid);

    private ConfigValues() {}

    /** Reads one JSON value, typically a {@link JsonValues} method. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(JsonNode node) throws JsonValueException;
    }

    /**
     * Reads one object (a record, or an option of a sealed choice) of a list or map, given its
     * path for messages; a generated {@code read<Type>} method.
     */
    @FunctionalInterface
    public interface ObjectReader<T> {
        T read(JsonNode node, String path) throws ConfigException;
    }

    /** The path of property {@code name} inside the object at {@code path} ({@code ""} for the root). */
    public static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Reports, one message each, the properties of {@code node} that are not in {@code known}. */
    public static void warnUnknown(JsonNode node, String path, Set<String> known, Consumer<String> warnings) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                warnings.accept("config property '" + child(path, name) + "' is not in the spec and is ignored");
            }
        }
    }

    /** A required property is absent ({@code found} null) or JSON null. */
    public static ConfigException missing(String property, String expected, JsonNode found) {
        return new ConfigException("config property '" + property
                + (found == null ? "' is missing: expected " : "' is null: expected ") + expected
                + ". Add it to the config.");
    }

    /** A property has a value of the wrong type or format; a secret's value is never shown, only its type. */
    public static ConfigException invalid(String property, JsonValueException e, boolean secret) {
        String found = secret ? e.foundType() + " (the value is secret and not shown)" : JsonValues.describe(e.found());
        return new ConfigException("config property '" + property + "' is invalid: expected " + e.expected()
                + ", found " + found + ". Fix its value in the config.");
    }

    /** Reads the value at {@code path} with {@code reader}, as a {@link ConfigException} naming it. */
    public static <T> T value(JsonNode node, String path, boolean secret, Reader<T> reader) throws ConfigException {
        return READING.value(node, path, secret, reader);
    }

    /** {@code node} itself when it is an object. */
    public static JsonNode object(JsonNode node, String path, boolean secret, String expected) throws ConfigException {
        return READING.object(node, path, secret, expected);
    }

    /** The elements of the array {@code node}, each read with {@code reader}, added to {@code into}. */
    public static <T, C extends Collection<T>> C collection(
            JsonNode node, String path, boolean secret, Reader<T> reader, String expected, C into)
            throws ConfigException {
        return READING.collection(node, path, secret, reader, expected, into);
    }

    /** The fields of the object {@code node}, in order, each value read with {@code reader}. */
    public static <T> Map<String, T> map(JsonNode node, String path, boolean secret, Reader<T> reader, String expected)
            throws ConfigException {
        return READING.map(node, path, secret, reader, expected);
    }

    /** The elements of the array {@code node}, each an object read with {@code reader} at {@code path[i]}. */
    public static <T, C extends Collection<T>> C objectCollection(
            JsonNode node, String path, boolean secret, ObjectReader<T> reader, String expected, C into)
            throws ConfigException {
        return READING.objectCollection(node, path, secret, reader, expected, into);
    }

    /** The fields of the object {@code node}, in order, each value an object read with {@code reader}. */
    public static <T> Map<String, T> objectMap(
            JsonNode node, String path, boolean secret, ObjectReader<T> reader, String expected)
            throws ConfigException {
        return READING.objectMap(node, path, secret, reader, expected);
    }

    /**
     * The discriminator of a sealed choice: the text of property {@code property} of the object
     * {@code node}, which must be one of {@code allowed}; a missing or unknown value is a {@link
     * ConfigException} that lists the allowed values.
     */
    public static String discriminator(JsonNode node, String path, String property, List<String> allowed)
            throws ConfigException {
        JsonNode value = node.get(property);
        StringBuilder expected = new StringBuilder("one of ");
        for (int i = 0; i < allowed.size(); i++) {
            expected.append(i == 0 ? "" : ", ")
                    .append('"')
                    .append(allowed.get(i))
                    .append('"');
        }
        if (value == null || value.isNull()) {
            throw missing(child(path, property), expected.toString(), value);
        }
        if (!value.isTextual() || !allowed.contains(value.textValue())) {
            throw invalid(child(path, property), new JsonValueException(expected.toString(), value), false);
        }
        return value.textValue();
    }
}
