package com.example.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.FarFutureCheck;
import io.cursorkit.testkit.ResumeChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connector as its author tests it: as a process, through the cursorkit test kit. */
class SourceWeatherTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "wk_very_secret_4711";
    private static final ConnectorProcess CONNECTOR = ConnectorProcess.mainClass("com.example.weather.SourceWeatherMain");

    private static ObjectNode config;
    private static JsonNode catalog;
    private static ConnectorRun firstSync;

    @BeforeAll
    static void firstSync() {
        config = JSON.createObjectNode();
        config.putArray("stations").add("OSL").add("BER");
        config.put("start_date", "2024-01-01");
        config.put("end_date", "2024-03-15");
        config.put("api_key", SECRET);
        config.put("readings_per_day", 3);
        JsonNode discovered = CONNECTOR.discover(config).assertSucceeded().assertValidProtocol().catalog();
        catalog = ConfiguredCatalogBuilder.from(discovered).build();
        firstSync = CONNECTOR.read(config, catalog).assertSucceeded().assertValidProtocol();
    }

    @Test
    void specDeclaresTheConfigAndHidesTheSecret() {
        JsonNode spec = CONNECTOR.spec().assertSucceeded().assertValidProtocol().spec().orElseThrow();
        assertEquals("https://example.com/docs/source-weather", spec.path("documentationUrl").asText());
        JsonNode properties = spec.path("connectionSpecification").path("properties");
        assertTrue(properties.path("api_key").path("airbyte_secret").asBoolean(), spec::toString);
        assertEquals("date", properties.path("start_date").path("format").asText(), spec::toString);
        assertEquals("array", properties.path("stations").path("type").asText(), spec::toString);
        Set<String> required = new HashSet<>();
        spec.path("connectionSpecification").path("required").forEach(r -> required.add(r.asText()));
        assertEquals(Set.of("stations", "start_date", "api_key", "readings_per_day"), required);
    }

    @Test
    void checkSucceedsWithAGoodConfig() {
        JsonNode status = CONNECTOR.check(config).assertValidProtocol().connectionStatus().orElseThrow();
        assertEquals("SUCCEEDED", status.path("status").asText(), status::toString);
    }

    @Test
    void checkFailsWithoutPrintingTheSecret() {
        ObjectNode bad = config.deepCopy();
        bad.put("api_key", "xx_" + SECRET);
        ConnectorRun run = CONNECTOR.check(bad).assertValidProtocol();
        JsonNode status = run.connectionStatus().orElseThrow();
        assertEquals("FAILED", status.path("status").asText(), status::toString);
        assertTrue(status.path("message").asText().contains("not a weather key"), status::toString);
        assertFalse(String.join("\n", run.stdoutLines()).contains(SECRET), "the secret is in stdout");
        assertFalse(run.stderr().contains(SECRET), "the secret is in stderr");
    }

    @Test
    void checkNamesAMissingProperty() {
        ObjectNode bad = config.deepCopy();
        bad.remove("start_date");
        JsonNode status = CONNECTOR.check(bad).assertValidProtocol().connectionStatus().orElseThrow();
        assertEquals("FAILED", status.path("status").asText(), status::toString);
        assertTrue(status.path("message").asText().contains("start_date"), status::toString);
    }

    @Test
    void discoverDescribesEveryStream() {
        JsonNode streams = CONNECTOR.discover(config).catalog().path("streams");
        assertEquals(3, streams.size(), streams::toString);
        JsonNode readings = stream(streams, "daily_readings");
        assertEquals("[\"date\"]", readings.path("default_cursor_field").toString());
        assertEquals("[[\"station_id\"],[\"date\"],[\"hour\"]]", readings.path("source_defined_primary_key").toString());
        JsonNode readingProps = readings.path("json_schema").path("properties");
        assertEquals("[\"null\",\"integer\"]", readingProps.path("humidity").path("type").toString());
        assertEquals("timestamp_with_timezone", readingProps.path("observed_at").path("airbyte_type").asText());
        JsonNode alerts = stream(streams, "alerts");
        JsonNode alertProps = alerts.path("json_schema").path("properties");
        assertTrue(alertProps.has("issued_at"), alertProps::toString);
        assertFalse(alertProps.has("internal_note") || alertProps.has("internalNote"), alertProps::toString);
        Set<String> severities = new HashSet<>();
        alertProps.path("severity").path("enum").forEach(v -> severities.add(v.isNull() ? null : v.asText()));
        Set<String> expectedSeverities = new HashSet<>(List.of("LOW", "MEDIUM", "HIGH"));
        expectedSeverities.add(null); // a nullable enum must list null to validate a null value
        assertEquals(expectedSeverities, severities, alertProps::toString);
        JsonNode stations = stream(streams, "stations");
        assertEquals("[\"full_refresh\"]", stations.path("supported_sync_modes").toString());
        JsonNode location = stations.path("json_schema").path("properties").path("location");
        assertEquals("[\"null\",\"object\"]", location.path("type").toString(), location::toString);
        assertEquals("number", location.path("properties").path("latitude").path("type").asText(), location::toString);
    }

    @Test
    void firstSyncReadsEverythingAndCheckpoints() {
        assertEquals(2 * 75 * 3, firstSync.records("daily_readings").size());
        assertEquals(2 * 25, firstSync.records("alerts").size());
        assertEquals(3, firstSync.records("stations").size());
        assertTrue(firstSync.states("daily_readings").size() >= 450 / 25, "interval and slice checkpoints");
        assertEquals("2024-03-15", firstSync.lastStreamState("daily_readings").orElseThrow().path("date").asText());
        assertEquals(50, firstSync.lastStreamState("alerts").orElseThrow().path("id").asLong());
        assertFalse(String.join("\n", firstSync.stdoutLines()).contains(SECRET));
    }

    @Test
    void secondSyncFromTheFinalStateEmitsNothingOlderAndNothingCommitted() {
        ConnectorRun second = CONNECTOR.read(config, catalog, firstSync.lastState()).assertSucceeded().assertValidProtocol();
        for (JsonNode record : second.records("daily_readings")) {
            assertTrue(record.path("date").asText().compareTo("2024-03-15") >= 0, record::toString);
        }
        for (JsonNode record : second.records("alerts")) {
            assertTrue(record.path("id").asLong() >= 50, record::toString);
        }
        assertEquals(0, second.records("daily_readings").size() + second.records("alerts").size(), "nothing new");
        assertEquals(3, second.records("stations").size(), "full refresh reads everything again");
    }

    @Test
    void aReadFromEveryIntermediateStateLosesNothingThatCameAfterIt() {
        List<String> lines = firstSync.stdoutLines();
        List<Integer> statePositions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"type\":\"STATE\"") && lines.get(i).contains("daily_readings")) {
                statePositions.add(i);
            }
        }
        assertTrue(statePositions.size() > 5, "enough states to test");
        // every fourth state keeps the test quick; the first and the last are always in
        for (int k = 0; k < statePositions.size(); k += Math.max(1, statePositions.size() / 5)) {
            int position = statePositions.get(k);
            JsonNode state = JSON.createArrayNode().add(parse(lines.get(position)).path("state"));
            Set<String> expected = new HashSet<>();
            for (String line : lines.subList(position + 1, lines.size())) {
                JsonNode message = parse(line);
                if (message.path("type").asText().equals("RECORD")
                        && message.path("record").path("stream").asText().equals("daily_readings")) {
                    expected.add(key(message.path("record").path("data")));
                }
            }
            JsonNode only = ConfiguredCatalogBuilder.from(CONNECTOR.discover(config).catalog()).only("daily_readings").build();
            ConnectorRun resumed = CONNECTOR.read(config, only, state).assertSucceeded().assertValidProtocol();
            Set<String> got = new HashSet<>();
            resumed.records("daily_readings").forEach(r -> got.add(key(r)));
            expected.removeAll(got);
            assertTrue(expected.isEmpty(), "lost after state #" + k + ": " + expected);
        }
    }

    @Test
    void killedAnywhereItResumesWithoutLossOrCommittedDuplicates() {
        ResumeChecker.of(CONNECTOR, config, catalog).seed(7).check();
    }

    @Test
    void aFarFutureStateYieldsNoRecords() {
        FarFutureCheck.of(CONNECTOR, config, catalog).check();
    }

    private static JsonNode stream(JsonNode streams, String name) {
        for (JsonNode stream : streams) {
            if (stream.path("name").asText().equals(name)) {
                return stream;
            }
        }
        throw new AssertionError("no stream " + name + " in " + streams);
    }

    private static String key(JsonNode reading) {
        return reading.path("station_id").asText() + "|" + reading.path("date").asText() + "|" + reading.path("hour").asInt();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
