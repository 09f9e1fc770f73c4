package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reading of values, objects, arrays and maps that {@link ConfigValues} and {@link
 * StateValues} share: the walk and the paths ({@code tickers[2]}, {@code limits.AAPL}) are the same
 * for a config and a state, only the message of an invalid value differs, so each passes its own.
 */
final class ValueReading {
    /** Makes the exception for a value of the wrong type or format at {@code property}. */
    @FunctionalInterface
    interface Invalid {
        ConfigException at(String property, JsonValueException e, boolean secret);
    }

    private final Invalid invalid;

    ValueReading(Invalid invalid) {
        this.invalid = invalid;
    }

    <T> T value(JsonNode node, String path, boolean secret, ConfigValues.Reader<T> reader) throws ConfigException {
        try {
            return reader.read(node);
        } catch (JsonValueException e) {
            throw invalid.at(path, e, secret);
        }
    }

    JsonNode object(JsonNode node, String path, boolean secret, String expected) throws ConfigException {
        if (!node.isObject()) {
            throw invalid.at(path, new JsonValueException(expected, node), secret);
        }
        return node;
    }

    <T, C extends Collection<T>> C collection(
            JsonNode node, String path, boolean secret, ConfigValues.Reader<T> reader, String expected, C into)
            throws ConfigException {
        return objectCollection(
                node, path, secret, (element, at) -> value(element, at, secret, reader), expected, into);
    }

    <T> Map<String, T> map(JsonNode node, String path, boolean secret, ConfigValues.Reader<T> reader, String expected)
            throws ConfigException {
        return objectMap(node, path, secret, (field, at) -> value(field, at, secret, reader), expected);
    }

    <T, C extends Collection<T>> C objectCollection(
            JsonNode node, String path, boolean secret, ConfigValues.ObjectReader<T> reader, String expected, C into)
            throws ConfigException {
        if (!node.isArray()) {
            throw invalid.at(path, new JsonValueException(expected, node), secret);
        }
        for (int i = 0; i < node.size(); i++) {
            into.add(reader.read(node.get(i), path + "[" + i + "]"));
        }
        return into;
    }

    <T> Map<String, T> objectMap(
            JsonNode node, String path, boolean secret, ConfigValues.ObjectReader<T> reader, String expected)
            throws ConfigException {
        if (!node.isObject()) {
            throw invalid.at(path, new JsonValueException(expected, node), secret);
        }
        Map<String, T> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            result.put(field.getKey(), reader.read(field.getValue(), ConfigValues.child(path, field.getKey())));
        }
        return result;
    }
}
