package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import io.cursorkit.runtime.spi.StreamInfo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of --state that API.md and DESIGN.md accept. */
class StateFormsTest {
    @TempDir
    Path dir;

    private Result readFrom(TestStream prices, String state) {
        return new ProtocolCapture(dir)
                .read(new TestConnector(prices), ReadTest.CONFIG, catalog("prices:incremental"), state);
    }

    private static TestStream prices() {
        return TestStream.sorted("prices", 10)
                .add(Row.of("A", "2024-01-01"), Row.of("A", "2024-01-02"), Row.of("A", "2024-01-03"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"prices\"},"
                        + "\"stream_state\":{\"date\":\"2024-01-02\"}}}]",
                "{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"prices\"},"
                        + "\"stream_state\":{\"date\":\"2024-01-02\"}}}",
                "[{\"type\":\"GLOBAL\",\"global\":{\"shared_state\":{},\"stream_states\":[{\"stream_descriptor\":"
                        + "{\"name\":\"prices\"},\"stream_state\":{\"date\":\"2024-01-02\"}}]}}]",
                "{\"type\":\"GLOBAL\",\"global\":{\"stream_states\":[{\"stream_descriptor\":"
                        + "{\"name\":\"prices\"},\"stream_state\":{\"date\":\"2024-01-02\"}}]}}",
                "[{\"type\":\"LEGACY\",\"data\":{\"prices\":{\"date\":\"2024-01-02\"}}}]",
                "{\"data\":{\"prices\":{\"date\":\"2024-01-02\"}}}",
                "{\"prices\":{\"date\":\"2024-01-02\"}}",
                "{\"prices\":\"2024-01-02\"}",
                "[{\"type\":\"STATE\",\"state\":{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":"
                        + "{\"name\":\"prices\"},\"stream_state\":{\"date\":\"2024-01-02\"}}}}]"
            })
    void everyFormResumesFromTheCursor(String state) {
        TestStream prices = prices();
        Result result = readFrom(prices, state);
        assertEquals(0, result.status(), result.stdout());
        assertEquals(List.of(LocalDate.parse("2024-01-02")), prices.sinceSeen);
        // 2024-01-02 is emitted again: no keys were committed at it (at-least-once).
        assertEquals(List.of("A@2024-01-02", "A@2024-01-03"), result.rows());
        assertEquals(
                "2024-01-03",
                result.lastState()
                        .path("stream")
                        .path("stream_state")
                        .path("date")
                        .asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n", "{}", "[]", "{\"prices\":null}", "{\"prices\":{}}"})
    void emptyStatesMeanAFirstSync(String state) {
        TestStream prices = prices();
        Result result = readFrom(prices, state);
        assertEquals(0, result.status(), result.stdout());
        assertEquals(Arrays.asList((LocalDate) null), prices.sinceSeen);
        assertEquals(3, result.rows().size());
    }

    @Test
    void stateOfAnUnknownStreamIsIgnoredWithAWarning() {
        TestStream prices = prices();
        Result result = readFrom(prices, "{\"prices\":\"2024-01-03\",\"gone\":{\"date\":\"x\"}}");
        assertEquals(0, result.status(), result.stdout());
        assertEquals(List.of("A@2024-01-03"), result.rows());
        assertTrue(result.logs("WARN").stream().anyMatch(m -> m.contains("'gone'")), result.stdout());
    }

    @Test
    void globalStateResumesEveryStreamItNames() {
        TestStream a = prices();
        TestStream b = new TestStream(new StreamInfo("other", "ns", "date", List.of(), 1, false))
                .add(Row.of("B", "2024-01-01"), Row.of("B", "2024-01-05"));
        Result result = new ProtocolCapture(dir)
                .read(
                        new TestConnector(a, b),
                        ReadTest.CONFIG,
                        catalog("prices:incremental", "other:incremental"),
                        "[{\"type\":\"GLOBAL\",\"global\":{\"shared_state\":{\"x\":1},\"stream_states\":["
                                + "{\"stream_descriptor\":{\"name\":\"prices\"},\"stream_state\":{\"date\":\"2024-01-03\"}},"
                                + "{\"stream_descriptor\":{\"name\":\"other\",\"namespace\":\"ns\"},"
                                + "\"stream_state\":{\"date\":\"2024-01-02\"}}]}}]");
        assertEquals(0, result.status(), result.stdout());
        assertEquals(List.of("A@2024-01-03", "B@2024-01-05"), result.rows());
        assertEquals(List.of(LocalDate.parse("2024-01-02")), b.sinceSeen);
    }

    @Test
    void aStateOfAnotherNamespaceIsNeverTakenForAStreamOfTheSameName() {
        TestStream a = new TestStream(new StreamInfo("events", "a", "date", List.of(), 1, false))
                .add(Row.of("A", "2024-01-01"), Row.of("A", "2024-01-03"));
        TestStream b = new TestStream(new StreamInfo("events", "b", "date", List.of(), 1, false))
                .add(Row.of("B", "2024-01-04"), Row.of("B", "2024-01-06"));
        String catalog = "{\"streams\":[" + configured("events", "a") + "," + configured("events", "b") + "]}";
        String state = "[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"events\","
                + "\"namespace\":\"b\"},\"stream_state\":{\"date\":\"2024-01-05\"}}},"
                + "{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"events\","
                + "\"namespace\":\"c\"},\"stream_state\":{\"date\":\"2030-01-01\"}}}]";
        Result result = new ProtocolCapture(dir).read(new TestConnector(a, b), ReadTest.CONFIG, catalog, state);
        assertEquals(0, result.status(), result.stdout());
        assertEquals(Arrays.asList((LocalDate) null), a.sinceSeen, "a.events has no state of its own: from the start");
        assertEquals(List.of(LocalDate.parse("2024-01-05")), b.sinceSeen);
        assertEquals(List.of("A@2024-01-01", "A@2024-01-03", "B@2024-01-06"), result.rows());
        assertTrue(
                result.logs("WARN")
                        .contains("The state holds stream 'c.events', which this connector does not have;"
                                + " it is ignored."),
                result.stdout());
    }

    @Test
    void aStateWithoutNamespaceIsFoundByName() {
        TestStream a = new TestStream(new StreamInfo("events", "a", "date", List.of(), 1, false))
                .add(Row.of("A", "2024-01-01"), Row.of("A", "2024-01-03"));
        Result result = new ProtocolCapture(dir)
                .read(
                        new TestConnector(a),
                        ReadTest.CONFIG,
                        "{\"streams\":[" + configured("events", "a") + "]}",
                        "{\"events\":{\"date\":\"2024-01-02\"}}");
        assertEquals(0, result.status(), result.stdout());
        assertEquals(List.of(LocalDate.parse("2024-01-02")), a.sinceSeen);
    }

    private static String configured(String name, String namespace) {
        return "{\"stream\":{\"name\":\"" + name + "\",\"namespace\":\"" + namespace + "\",\"json_schema\":{},"
                + "\"supported_sync_modes\":[\"full_refresh\",\"incremental\"]},\"sync_mode\":\"incremental\","
                + "\"destination_sync_mode\":\"append\"}";
    }
}
