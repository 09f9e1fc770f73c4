package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.CheckpointTest.asStateFile;
import static io.cursorkit.runtime.internal.CheckpointTest.recordsBeforeEachState;
import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import io.cursorkit.runtime.spi.WindowBounds;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A read with a {@code @CursorWindow} lookback, resumed from each of its states, and its rewind. */
class WindowReadTest {
    @TempDir
    Path dir;

    ProtocolCapture capture;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
    }

    private Result read(TestStream stream, String state) {
        return capture.read(
                new TestConnector(stream),
                ReadTest.CONFIG,
                catalog(stream.info().name() + ":incremental"),
                state);
    }

    private static TestStream windowed(int interval, int lookbackDays) throws ConfigException {
        TestStream stream = TestStream.sorted("prices", interval).add(CheckpointTest.tiedRows());
        stream.window =
                WindowBounds.of("prices", LocalDate.class, null, null, null, null, "lookback", lookbackDays, null);
        return stream;
    }

    /**
     * Each state commits the records before it; the sync resumed from it re-reads the lookback and
     * must deliver exactly the others: none lost, none of the committed ones again.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void resumingFromEveryStateReReadsTheWindowAndDeliversOnlyTheRest(int interval) throws ConfigException {
        Result first = read(windowed(interval, 2), null);
        assertEquals(0, first.status(), first.stdout());
        List<String> all = first.rows();
        List<Integer> before = recordsBeforeEachState(first);
        for (int i = 0; i < before.size(); i++) {
            JsonNode state = first.states().get(i);
            Result resumed = read(windowed(interval, 2), asStateFile(state));
            assertEquals(0, resumed.status(), resumed.stdout());
            List<String> expected = new ArrayList<>(all.subList(before.get(i), all.size()));
            assertEquals(expected, resumed.rows(), "resumed from " + state);
        }
        // the last state lists the committed keys of the window behind its cursor 2024-01-04
        JsonNode last = first.lastState().path("stream").path("stream_state");
        assertEquals("2024-01-04", last.path("date").asText());
        Set<String> listed = new HashSet<>();
        last.path("cursorkit")
                .path("window_keys")
                .forEach(pair -> listed.add(pair.get(0).toString()));
        assertEquals(
                Set.of(
                        "[\"A\",\"2024-01-02\"]",
                        "[\"A\",\"2024-01-03\"]",
                        "[\"B\",\"2024-01-03\"]",
                        "[\"C\",\"2024-01-03\"]",
                        "[\"D\",\"2024-01-03\"]"),
                listed);
    }

    @ParameterizedTest
    @ValueSource(ints = {2})
    void anOrderViolationRewindsToTheInputStateWithItsWindowKeys(int interval) throws ConfigException {
        Result first = read(windowed(interval, 2), null);
        JsonNode state = first.lastState();
        TestStream liar = windowed(interval, 2);
        liar.add(Row.of("E", "2024-01-05"), Row.of("F", "2024-01-03"));
        Result failed = read(liar, asStateFile(state));
        assertEquals(1, failed.status(), failed.stdout());
        assertEquals(List.of("E@2024-01-05"), failed.rows());
        assertEquals(
                state.path("stream").path("stream_state"),
                failed.lastState().path("stream").path("stream_state"),
                "the rewind STATE is the input state, window keys included");
        assertTrue(failed.errors().get(0).path("message").asText().contains("out of cursor order"));
    }
}
