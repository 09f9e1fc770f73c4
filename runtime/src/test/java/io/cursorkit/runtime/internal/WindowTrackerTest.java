package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.WindowBounds;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link CursorTracker} with a {@link WindowTracker}: what a lookback, an end and a margin drop and keep. */
class WindowTrackerTest {
    private final TestStream stream = TestStream.sorted("s", 3);
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ProtocolWriter out = new ProtocolWriter(stdout);

    private CursorTracker<Row, LocalDate> tracker(
            WindowBounds<LocalDate> bounds, String since, Set<String> atCursor, Map<String, LocalDate> window) {
        StreamDescriptor descriptor = StreamDescriptor.of(stream.info());
        StreamMessages<LocalDate> messages =
                new StreamMessages<>(stream.info(), descriptor, out, stream.stateSerializer());
        StreamWindow<LocalDate> streamWindow =
                new StreamWindow<>(bounds, Instant.parse("2024-01-20T12:00:00Z"), descriptor, out, messages);
        ResumePoint<LocalDate> resume =
                ResumePoint.withWindow(since == null ? null : LocalDate.parse(since), atCursor, window);
        return new CursorTracker<>(stream, resume, messages, streamWindow.tracker(resume, true));
    }

    private String key(String ticker, String date) {
        return stream.primaryKey(Row.of(ticker, date));
    }

    private static WindowBounds<LocalDate> bounds(String start, String end, Object lookback, String margin)
            throws ConfigException {
        return WindowBounds.of(
                "s",
                LocalDate.class,
                "start",
                start == null ? null : LocalDate.parse(start),
                "end",
                end == null ? null : LocalDate.parse(end),
                "lookback",
                lookback,
                margin);
    }

    @Test
    void theLookbackLeavesOutWhatTheStateListsAndDeliversLateRows() throws Exception {
        Map<String, LocalDate> window = new LinkedHashMap<>();
        window.put(key("B", "2024-01-08"), LocalDate.parse("2024-01-08"));
        window.put(key("C", "2024-01-09"), LocalDate.parse("2024-01-09"));
        CursorTracker<Row, LocalDate> t = tracker(
                bounds("2024-01-01", null, 3, null),
                "2024-01-10",
                new LinkedHashSet<>(Set.of(key("A", "2024-01-10"))),
                window);
        assertEquals(LocalDate.parse("2024-01-07"), t.readFrom(), "saved cursor less 3 days");
        assertFalse(t.accept(Row.of("D", "2024-01-06")), "below the window");
        assertFalse(t.accept(Row.of("B", "2024-01-08")), "committed in the window");
        assertTrue(t.accept(Row.of("E", "2024-01-08")), "a late row");
        assertFalse(t.accept(Row.of("C", "2024-01-09")), "committed in the window");
        assertFalse(t.accept(Row.of("A", "2024-01-10")), "committed at the saved cursor");
        assertTrue(t.accept(Row.of("F", "2024-01-11")));
        assertEquals(LocalDate.parse("2024-01-11"), t.max());
        // the next state's window [01-08, 01-11): the committed keys, the late row, and A of the old cursor
        assertEquals(
                List.of(key("B", "2024-01-08"), key("C", "2024-01-09"), key("A", "2024-01-10"), key("E", "2024-01-08")),
                List.copyOf(t.windowKeys(t.max()).keySet()));
        assertEquals(List.of(key("F", "2024-01-11")), List.copyOf(t.keysAtMax()));
        // and they leave the window as the cursor moves on
        assertTrue(t.accept(Row.of("G", "2024-01-13")));
        assertEquals(
                List.of(key("A", "2024-01-10"), key("F", "2024-01-11")),
                List.copyOf(t.windowKeys(t.max()).keySet()));
    }

    @Test
    void aSortedReadIsCheckedAgainstTheRecordBeforeNotTheSavedCursor() throws Exception {
        CursorTracker<Row, LocalDate> t = tracker(bounds(null, null, 5, null), "2024-01-10", Set.of(), Map.of());
        assertTrue(t.accept(Row.of("A", "2024-01-06")));
        assertTrue(t.accept(Row.of("B", "2024-01-09")));
        OrderViolation violation = assertThrows(OrderViolation.class, () -> t.accept(Row.of("C", "2024-01-07")));
        assertEquals(LocalDate.parse("2024-01-09"), violation.previous());
    }

    @Test
    void theStartAndTheEndBoundWhatIsEmittedAndTheState() throws Exception {
        CursorTracker<Row, LocalDate> t =
                tracker(bounds("2024-01-05", "2024-01-07", null, null), null, Set.of(), Map.of());
        assertEquals(LocalDate.parse("2024-01-05"), t.readFrom(), "a first sync starts at the start");
        assertFalse(t.accept(Row.of("A", "2024-01-04")));
        assertTrue(t.accept(Row.of("B", "2024-01-07")));
        assertFalse(t.pastEnd());
        assertFalse(t.accept(Row.of("C", "2024-01-08")));
        assertTrue(t.pastEnd(), "sorted: nothing after can be in range");
        assertEquals(LocalDate.parse("2024-01-07"), t.max());
    }

    @Test
    void aCursorPastTheMarginIsEmittedButDoesNotMoveTheState() throws Exception {
        CursorTracker<Row, LocalDate> t = tracker(bounds(null, null, null, "P1D"), "2024-01-10", Set.of(), Map.of());
        assertTrue(t.accept(Row.of("A", "2024-01-15")));
        assertTrue(t.accept(Row.of("B", "2999-01-01")));
        assertEquals(LocalDate.parse("2024-01-15"), t.max());
        assertEquals(
                List.of(key("B", "2999-01-01")),
                List.copyOf(t.windowKeys(t.max()).keySet()));
        out.flush();
        String warning = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(warning.contains("2999-01-01") && warning.contains("plus P1D"), warning);

        // the next sync leaves it out as committed
        CursorTracker<Row, LocalDate> next =
                tracker(bounds(null, null, null, "P1D"), "2024-01-15", Set.of(), t.windowKeys(t.max()));
        assertFalse(next.accept(Row.of("B", "2999-01-01")));
    }
}
