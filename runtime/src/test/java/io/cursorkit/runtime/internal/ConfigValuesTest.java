package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.ConfigValues;
import io.cursorkit.runtime.spi.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules every generated config parser shares: paths, messages, secrets, containers. */
class ConfigValuesTest {
    private static JsonNode json(String text) throws Exception {
        return JsonTrees.parse(text);
    }

    @Test
    void pathsAreDottedFromTheRootAndIndexedInArrays() throws Exception {
        assertEquals("tunnel", ConfigValues.child("", "tunnel"));
        assertEquals("tunnel.port", ConfigValues.child("tunnel", "port"));
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> ConfigValues.collection(
                        json("[1, \"two\"]"), "ids", false, JsonValues::longValue, "an array", new ArrayList<>()));
        assertEquals(
                "config property 'ids[1]' is invalid: expected an integer that fits in 64 bits, found the string"
                        + " \"two\". Fix its value in the config.",
                e.getMessage());
    }

    @Test
    void missingAndNullAreToldApartAndSayTheFix() throws Exception {
        assertEquals(
                "config property 'host' is missing: expected a string. Add it to the config.",
                ConfigValues.missing("host", "a string", null).getMessage());
        assertEquals(
                "config property 'host' is null: expected a string. Add it to the config.",
                ConfigValues.missing("host", "a string", json("null")).getMessage());
    }

    @Test
    void aSecretsValueIsNeverInTheMessage() throws Exception {
        ConfigException e = assertThrows(
                ConfigException.class, () -> ConfigValues.value(json("987654321"), "token", true, JsonValues::string));
        assertFalse(e.getMessage().contains("987654321"), e.getMessage());
        assertEquals(
                "config property 'token' is invalid: expected a string, found a number (the value is secret and not"
                        + " shown). Fix its value in the config.",
                e.getMessage());
    }

    @Test
    void containersReadEveryElementInOrder() throws Exception {
        assertEquals(
                List.of("a", "b"),
                ConfigValues.collection(
                        json("[\"a\",\"b\"]"), "tags", false, JsonValues::string, "an array", new ArrayList<>()));
        Map<String, String> headers =
                ConfigValues.map(json("{\"x\":\"1\",\"a\":\"2\"}"), "headers", false, JsonValues::string, "an object");
        assertEquals(List.of("x", "a"), List.copyOf(headers.keySet()));
        ConfigException notAnObject = assertThrows(
                ConfigException.class, () -> ConfigValues.object(json("[]"), "tunnel", false, "an object"));
        assertEquals(
                "config property 'tunnel' is invalid: expected an object, found the array []. Fix its value in the"
                        + " config.",
                notAnObject.getMessage());
    }

    @Test
    void unknownPropertiesAreReportedOneByOneWithTheirPath() throws Exception {
        List<String> warnings = new ArrayList<>();
        ConfigValues.warnUnknown(json("{\"host\":1,\"hots\":2,\"extra\":3}"), "tunnel", Set.of("host"), warnings::add);
        assertEquals(
                List.of(
                        "config property 'tunnel.hots' is not in the spec and is ignored",
                        "config property 'tunnel.extra' is not in the spec and is ignored"),
                warnings);
    }
}
