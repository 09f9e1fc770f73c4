package io.cursorkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record data is checked against its stream's schema, local dates and times as Airbyte types them. */
class RecordSchemasTest {
    private static final String CATALOG = "{\"streams\":[{\"stream\":{\"name\":\"orders\",\"json_schema\":"
            + "{\"type\":\"object\",\"properties\":{"
            + "\"placed\":{\"type\":\"string\",\"format\":\"date-time\",\"airbyte_type\":\"timestamp_without_timezone\"},"
            + "\"paid\":{\"type\":\"string\",\"format\":\"date-time\",\"airbyte_type\":\"timestamp_with_timezone\"},"
            + "\"opens\":{\"type\":\"string\",\"format\":\"time\",\"airbyte_type\":\"time_without_timezone\"},"
            + "\"lines\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"at\":"
            + "{\"type\":\"string\",\"format\":\"date-time\",\"airbyte_type\":\"timestamp_without_timezone\"}}}}}}"
            + ",\"supported_sync_modes\":[\"full_refresh\"]},\"sync_mode\":\"full_refresh\","
            + "\"destination_sync_mode\":\"append\"}]}";

    private final RecordSchemas schemas = new RecordSchemas(parse(CATALOG));

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> problems(String data) {
        return schemas.validate("orders", parse(data));
    }

    @Test
    void localDateTimesAndTimesWithoutOffsetAreValid() {
        assertEquals(
                List.of(),
                problems("{\"placed\":\"2024-01-01T00:00:00\",\"paid\":\"2024-01-01T00:00:00Z\","
                        + "\"opens\":\"09:30:00\",\"lines\":[{\"at\":\"2024-01-01T10:15:30.5\"}]}"));
    }

    @Test
    void aMalformedLocalValueIsStillReported() {
        assertFalse(problems("{\"placed\":\"2024-01-01 00:00\"}").isEmpty());
        assertFalse(problems("{\"lines\":[{\"at\":\"yesterday\"}]}").isEmpty());
        assertFalse(problems("{\"opens\":\"9:30\"}").isEmpty());
    }

    @Test
    void aTimestampWithTimezoneStillNeedsItsOffset() {
        assertFalse(problems("{\"paid\":\"2024-01-01T00:00:00\"}").isEmpty());
    }
}
