package io.cursorkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AirbyteProtocolTest {
    private final AirbyteProtocol protocol = AirbyteProtocol.get();

    @Test
    void theBundledSchemaIsJsonThatSaysWhichProtocolItFollows() throws Exception {
        JsonNode root;
        try (InputStream in =
                AirbyteProtocol.class.getClassLoader().getResourceAsStream(AirbyteProtocol.SCHEMA_RESOURCE)) {
            assertTrue(in != null, AirbyteProtocol.SCHEMA_RESOURCE + " is not on the classpath");
            root = new ObjectMapper().readTree(in);
        }
        assertEquals(
                "http://json-schema.org/draft-07/schema#", root.path("$schema").asText());
        String comment = root.path("$comment").asText();
        assertTrue(comment.contains("version 0") && comment.contains("0.18.0") && comment.contains("0.3.2"), comment);
        // an $id would be a URL some validators resolve; the definition must work offline
        List<String> ids = new ArrayList<>();
        collectIds(root, "#", ids);
        assertEquals(List.of(), ids);
    }

    private static void collectIds(JsonNode node, String path, List<String> into) {
        if (node.has("$id") || node.has("id") && node.get("id").isTextual()) {
            into.add(path);
        }
        node.fields().forEachRemaining(e -> collectIds(e.getValue(), path + "/" + e.getKey(), into));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectIds(node.get(i), path + "/" + i, into);
        }
    }

    @Test
    void definesEverySourceMessageWhatASourceReadsAndTheWellKnownTypes() {
        List<String> names = protocol.definitionNames();
        for (String name : List.of(
                "AirbyteMessage",
                "ConnectorSpecification",
                "AirbyteConnectionStatus",
                "AirbyteCatalog",
                "AirbyteRecordMessage",
                "AirbyteStateMessage",
                "AirbyteLogMessage",
                "AirbyteTraceMessage",
                "AirbyteControlMessage",
                "ConfiguredAirbyteCatalog",
                "DestinationCatalog",
                "Date",
                "TimestampWithTimezone",
                "TimestampWithoutTimezone",
                "TimeWithTimezone",
                "TimeWithoutTimezone",
                "Number",
                "Integer",
                "Boolean",
                "BinaryData")) {
            assertTrue(names.contains(name), name + " missing from " + names);
        }
    }

    @Test
    void wellKnownTypesCheckTheirPatterns() {
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(
                List.of(), protocol.validate("Date", mapper.getNodeFactory().textNode("2024-02-29")));
        assertEquals(
                1,
                protocol.validate("Date", mapper.getNodeFactory().textNode("24-02-29"))
                        .size());
        assertEquals(
                List.of(),
                protocol.validate(
                        "TimestampWithTimezone", mapper.getNodeFactory().textNode("2024-02-29T10:00:00Z")));
        assertEquals(
                1,
                protocol.validate(
                                "TimestampWithTimezone", mapper.getNodeFactory().textNode("2024-02-29T10:00:00"))
                        .size());
    }

    @Test
    void acceptsAValidRecord() {
        assertEquals(
                List.of(),
                protocol.validateMessageLine(
                        "{\"type\":\"RECORD\",\"record\":{\"stream\":\"s\",\"data\":{\"a\":1},\"emitted_at\":5}}"));
    }

    @Test
    void readsDecimalsAsWrittenWithTheirScale() throws Exception {
        JsonNode message = AirbyteProtocol.parseSingleObject("{\"type\":\"RECORD\",\"record\":{\"stream\":\"orders\","
                + "\"emitted_at\":1,\"data\":{\"amount\":42.00,\"rate\":0.1,\"count\":3}}}");
        JsonNode data = message.path("record").path("data");
        assertEquals(new java.math.BigDecimal("42.00"), data.get("amount").decimalValue());
        assertEquals("42.00", data.get("amount").toString());
        assertEquals("0.1", data.get("rate").toString());
        assertTrue(data.get("count").isInt());
        assertEquals(List.of(), protocol.validateMessage(message));
    }

    @Test
    void namesTheMissingPropertyOfARecord() {
        List<String> problems = protocol.validateMessageLine("{\"type\":\"RECORD\",\"record\":{\"stream\":\"s\"}}");
        assertTrue(problems.stream().anyMatch(p -> p.contains("data")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("emitted_at")), problems::toString);
    }

    @Test
    void rejectsAnUnknownMessageType() {
        List<String> problems = protocol.validateMessageLine("{\"type\":\"HELLO\"}");
        assertTrue(problems.stream().anyMatch(p -> p.contains("type")), problems::toString);
    }

    @Test
    void rejectsTextThatIsNotOneJsonObject() {
        assertTrue(protocol.validateMessageLine("hello").get(0).startsWith("not one JSON object"));
        assertTrue(protocol.validateMessageLine("[1]").get(0).contains("expected a JSON object"));
        assertTrue(protocol.validateMessageLine("{\"type\":\"LOG\"} {}").get(0).contains("text after"));
        assertTrue(protocol.validateMessageLine("").get(0).contains("empty line"));
    }

    @Test
    void checksAStateMessageDeeply() {
        String wrongStats = "{\"type\":\"STATE\",\"state\":{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":"
                + "{\"name\":\"s\"},\"stream_state\":{}},\"sourceStats\":{\"recordCount\":\"three\"}}}";
        List<String> problems = protocol.validateMessageLine(wrongStats);
        assertTrue(problems.stream().anyMatch(p -> p.contains("recordCount")), problems::toString);
    }

    @Test
    void validatesConfiguredCatalogs() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String stream = "{\"name\":\"s\",\"json_schema\":{},\"supported_sync_modes\":[\"incremental\"]}";
        assertEquals(
                List.of(),
                protocol.validateConfiguredCatalog(mapper.readTree("{\"streams\":[{\"stream\":" + stream
                        + ",\"sync_mode\":\"incremental\",\"destination_sync_mode\":\"append\"}]}")));
        List<String> problems = protocol.validateConfiguredCatalog(
                mapper.readTree("{\"streams\":[{\"stream\":" + stream + ",\"sync_mode\":\"sometimes\"}]}"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("destination_sync_mode")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("sync_mode")), problems::toString);
    }

    @Test
    void unknownDefinitionIsAClearError() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> protocol.validate("Nope", new ObjectMapper().createObjectNode()));
        assertTrue(e.getMessage().contains("AirbyteMessage"), e.getMessage());
    }
}
