package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.ConnectorDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated {@code parseConfig}: typed values, and messages that name the property and the fix. */
class ConfigParserTest {
    private static final String VALID = "{\"host\":\"db\",\"port\":5432,\"password\":\"hunter2\",\"ssl\":true,"
            + "\"start_date\":\"2024-01-02\",\"since\":\"2024-01-02T10:00:00Z\",\"ratio\":0.25,\"color\":\"BLUE\","
            + "\"tags\":[\"a\",\"b\"],\"colors\":[\"RED\",\"GREEN\"],\"ids\":[1,2],\"headers\":{\"x\":\"y\"},"
            + "\"tunnel\":{\"host\":\"jump\",\"port\":22,\"private_key\":\"KEY\"}}";

    private final ConnectorDefinition<Object> connector = Fixtures.types().connector("types.AllConfig_Connector");
    private final List<String> warnings = new ArrayList<>();

    private Object parse(String json) throws ConfigException {
        return connector.parseConfig(Compiled.parse(json), warnings::add);
    }

    private String error(String json) {
        return assertThrows(ConfigException.class, () -> parse(json)).getMessage();
    }

    private static String with(String property, String value) {
        ObjectNode config = (ObjectNode) Compiled.parse(VALID);
        config.set(property, Compiled.parse(value));
        return config.toString();
    }

    private static String without(String property) {
        ObjectNode config = (ObjectNode) Compiled.parse(VALID);
        config.remove(property);
        return config.toString();
    }

    @Test
    void readsEveryPropertyIntoItsType() throws Exception {
        Object config = parse(VALID);
        assertEquals("db", Compiled.get(config, "host"));
        assertEquals(5432, Compiled.get(config, "port"));
        assertEquals("hunter2", Compiled.get(config, "password"));
        assertEquals(true, Compiled.get(config, "ssl"));
        assertEquals(LocalDate.of(2024, 1, 2), Compiled.get(config, "startDate"));
        assertEquals(OffsetDateTime.parse("2024-01-02T10:00:00Z"), Compiled.get(config, "since"));
        assertEquals(new BigDecimal("0.25"), Compiled.get(config, "ratio"));
        assertEquals("BLUE", Compiled.get(config, "color").toString());
        assertEquals(List.of("a", "b"), Compiled.get(config, "tags"));
        assertTrue(Compiled.get(config, "colors") instanceof LinkedHashSet<?>);
        assertEquals("[RED, GREEN]", Compiled.get(config, "colors").toString());
        assertEquals(List.of(1L, 2L), Compiled.get(config, "ids"));
        assertEquals(Map.of("x", "y"), Compiled.get(config, "headers"));
        Object tunnel = Compiled.get(config, "tunnel");
        assertEquals("jump", Compiled.get(tunnel, "host"));
        assertEquals(22, Compiled.get(tunnel, "port"));
        assertEquals("KEY", Compiled.get(tunnel, "privateKey"));
        assertNull(Compiled.get(config, "ignored"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void optionalPropertiesMayBeMissingOrNull() throws Exception {
        Object config = parse("{\"host\":\"db\",\"port\":1,\"ssl\":null}");
        assertNull(Compiled.get(config, "ssl"));
        assertNull(Compiled.get(config, "tags"));
        assertNull(Compiled.get(config, "tunnel"));
    }

    @Test
    void missingRequiredPropertyNamesItsTypeAndTheFix() {
        assertEquals(
                "config property 'host' is missing: expected a string. Add it to the config.", error(without("host")));
        assertEquals(
                "config property 'port' is missing: expected an integer from -2147483648 to 2147483647. Add it to the"
                        + " config.",
                error(without("port")));
        assertEquals(
                "config property 'host' is null: expected a string. Add it to the config.",
                error(with("host", "null")));
    }

    @Test
    void wrongTypeNamesPropertyExpectedAndFound() {
        assertEquals(
                "config property 'start_date' is invalid: expected a string in date format yyyy-MM-dd, found the"
                        + " string \"2024/01/02\". Fix its value in the config.",
                error(with("start_date", "\"2024/01/02\"")));
        assertEquals(
                "config property 'port' is invalid: expected an integer from -2147483648 to 2147483647, found the"
                        + " string \"5432\". Fix its value in the config.",
                error(with("port", "\"5432\"")));
    }

    @Test
    void secretValueIsNeverShown() {
        String message = error(with("password", "123456789"));
        assertEquals(
                "config property 'password' is invalid: expected a string, found a number (the value is secret and"
                        + " not shown). Fix its value in the config.",
                message);
        String nested = error(with("tunnel", "{\"host\":\"h\",\"port\":1,\"private_key\":[\"s3cr3t\"]}"));
        assertTrue(nested.startsWith("config property 'tunnel.private_key' is invalid"), nested);
        assertFalse(nested.contains("s3cr3t"), nested);
    }

    @Test
    void nestedObjectsGiveDottedPaths() {
        assertEquals(
                "config property 'tunnel.host' is missing: expected a string. Add it to the config.",
                error(with("tunnel", "{\"port\":22}")));
        assertTrue(error(with("tunnel", "{\"host\":\"h\",\"port\":\"x\"}"))
                .startsWith("config property 'tunnel.port' is invalid: expected an integer"));
        assertTrue(error(with("tunnel", "\"jump\""))
                .startsWith(
                        "config property 'tunnel' is invalid: expected an object with the properties host, port, private_key,"
                                + " found the string \"jump\""));
    }

    @Test
    void listsAndEnumsNameTheBadElement() {
        assertEquals(
                "config property 'tags[1]' is invalid: expected a string, found the number 2. Fix its value in the"
                        + " config.",
                error(with("tags", "[\"a\",2]")));
        assertEquals(
                "config property 'color' is invalid: expected one of \"RED\", \"GREEN\", \"BLUE\", found the string"
                        + " \"PURPLE\". Fix its value in the config.",
                error(with("color", "\"PURPLE\"")));
        assertTrue(error(with("tags", "\"a\""))
                .startsWith("config property 'tags' is invalid: expected an array of values that are each a string"));
        assertTrue(error(with("headers", "{\"x\":1}")).startsWith("config property 'headers.x' is invalid"));
    }

    @Test
    void unknownPropertiesAreWarnedAboutAndIgnored() throws Exception {
        parse("{\"host\":\"db\",\"port\":1,\"extra\":1,\"ignored\":\"x\",\"tunnel\":{\"host\":\"h\",\"port\":2,"
                + "\"typo\":true}}");
        assertEquals(
                List.of(
                        "config property 'extra' is not in the spec and is ignored",
                        "config property 'ignored' is not in the spec and is ignored",
                        "config property 'tunnel.typo' is not in the spec and is ignored"),
                warnings);
    }

    @Test
    void configThatIsNotAnObjectIsRejected() {
        assertEquals(
                "the config must be a JSON object, found an array. Write it as {\"property\": value, ...}.",
                error("[]"));
    }

    @Test
    void secretPathsAreDotted() {
        assertEquals(List.of("password", "tunnel.private_key"), connector.secretPaths());
    }

    @Test
    void checkCallsTheConfigsCheckMethodWhenThereIsOne() throws Exception {
        ConnectorDefinition<Object> stock = Fixtures.stock().connector("test.StockConfig_Connector");
        Object bad = stock.parseConfig(Compiled.parse("{\"start_date\":\"2024-01-01\"}"), warnings::add);
        assertEquals(
                "no database_url",
                assertThrows(IllegalStateException.class, () -> stock.check(bad))
                        .getMessage());
        stock.check(stock.parseConfig(
                Compiled.parse("{\"start_date\":\"2024-01-01\",\"database_url\":\"x\"}"), warnings::add));
        connector.check(parse(VALID));
        assertEquals("source-stock-prices", stock.name());
    }
}
