package io.cursorkit.testkit.connector;

import static io.cursorkit.testkit.connector.CasesConnectorTest.CONNECTOR;
import static io.cursorkit.testkit.connector.CasesConnectorTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code --state} forms of API.md, bad state, and a stream that breaks its declared order. */
class StateInputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    CasesData data;
    JsonNode ties;

    @BeforeEach
    void setUp() {
        data = new CasesData(dir).standard();
        ties = ConfiguredCatalogBuilder.from(CONNECTOR.discover(data.config()).catalog())
                .only("ties")
                .build();
    }

    @Test
    void everyStateFormResumesAtTheSameCursor() throws Exception {
        // ties has 5 rows per seq (ids 5s-4..5s); from seq 7 on, ids 31..40 are read
        List<Long> expected = LongStream.rangeClosed(31, 40).boxed().toList();
        String streamState = "{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"ties\"},"
                + "\"stream_state\":{\"seq\":7}}}";
        for (String state : List.of(
                "[" + streamState + "]",
                streamState,
                "{\"ties\":{\"seq\":7}}",
                "{\"ties\":7}",
                "[{\"type\":\"LEGACY\",\"data\":{\"ties\":{\"seq\":7}}}]",
                "[{\"type\":\"GLOBAL\",\"global\":{\"stream_states\":[{\"stream_descriptor\":{\"name\":\"ties\"},"
                        + "\"stream_state\":{\"seq\":7}}]}}]")) {
            ConnectorRun run = CONNECTOR
                    .read(data.config(), ties, MAPPER.readTree(state))
                    .assertValidProtocol()
                    .assertSucceeded();
            assertEquals(expected, ids(run.records("ties")), state);
        }
    }

    @Test
    void aStateOfTheWrongTypeIsAConfigErrorAndNoRecord() throws Exception {
        ConnectorRun run = CONNECTOR
                .read(data.config(), ties, MAPPER.readTree("{\"ties\":{\"seq\":\"seven\"}}"))
                .assertValidProtocol();
        String message = run.assertFailedWith("config_error").path("message").asText();
        assertTrue(message.contains("ties") && message.contains("seven"), message);
        assertEquals(0, run.records().size());
    }

    @Test
    void aStateForAnUnknownStreamIsIgnoredWithAWarning() throws Exception {
        ConnectorRun run = CONNECTOR
                .read(data.config(), ties, MAPPER.readTree("{\"gone\":{\"seq\":1}}"))
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(40, run.records("ties").size());
        assertTrue(run.logLines().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("gone")), run.describe());
    }

    @Test
    void aStreamOutOfItsDeclaredOrderFailsAndSkipsNothing() {
        data.write("liar", List.of("1,1,a", "2,2,b", "3,3,c", "4,4,d", "5,2,late", "6,5,e"));
        JsonNode liar = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).catalog())
                .only("liar")
                .build();
        ConnectorRun first = CONNECTOR.read(data.config(), liar).assertValidProtocol();
        String message = first.assertFailedWith("system_error").path("message").asText();
        assertTrue(message.contains("liar"), message);
        assertEquals(
                "INCOMPLETE",
                first.streamStatuses("liar").get(first.streamStatuses("liar").size() - 1));
        // its last state rewinds to where the sync started: resuming, once fixed, loses nothing
        data.write("liar", List.of("1,1,a", "2,2,b", "5,2,late", "3,3,c", "4,4,d", "6,5,e"));
        ConnectorRun resumed = CONNECTOR
                .read(data.config(), liar, first.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        List<Long> all = new ArrayList<>(ids(first.records("liar")));
        all.addAll(ids(resumed.records("liar")));
        assertTrue(all.containsAll(List.of(1L, 2L, 3L, 4L, 5L, 6L)), all.toString());
        assertTrue(ids(resumed.records("liar")).contains(5L), resumed.describe());
    }
}
