package io.cursorkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class AirbyteProtocolTest {
    private final AirbyteProtocol protocol = AirbyteProtocol.get();

    @Test
    void acceptsAValidRecord() {
        assertEquals(
                List.of(),
                protocol.validateMessageLine(
                        "{\"type\":\"RECORD\",\"record\":{\"stream\":\"s\",\"data\":{\"a\":1},\"emitted_at\":5}}"));
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
