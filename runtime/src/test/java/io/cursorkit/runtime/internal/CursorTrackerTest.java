package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CursorTrackerTest {
    final List<String> events = new ArrayList<>();

    CursorTracker<Row, LocalDate> tracker(TestStream stream, String since, String... committedTickers) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (String ticker : committedTickers) {
            keys.add(stream.primaryKey(Row.of(ticker, since)));
        }
        ResumePoint<LocalDate> resume = new ResumePoint<>(since == null ? null : LocalDate.parse(since), keys, null);
        return new CursorTracker<>(stream, resume, new CursorTracker.Listener<>() {
            @Override
            public void nullCursor() {
                events.add("null");
            }

            @Override
            public void keysOverflowed(LocalDate cursor) {
                events.add("overflow " + cursor);
            }
        });
    }

    @Test
    void dropsWhatTheInputStateCovers() throws OrderViolation {
        CursorTracker<Row, LocalDate> t = tracker(TestStream.sorted("s", 1), "2024-01-02", "A");
        assertFalse(t.accept(Row.of("Z", "2024-01-01")), "below since");
        assertFalse(t.accept(Row.of("A", "2024-01-02")), "committed at since");
        assertTrue(t.accept(Row.of("B", "2024-01-02")), "not committed at since");
        assertEquals(2, t.dropped());
        assertEquals(LocalDate.parse("2024-01-02"), t.max());
        assertEquals(List.of("[\"A\",\"2024-01-02\"]", "[\"B\",\"2024-01-02\"]"), List.copyOf(t.keysAtMax()));
        assertTrue(t.accept(Row.of("C", "2024-01-03")));
        assertEquals(List.of("[\"C\",\"2024-01-03\"]"), List.copyOf(t.keysAtMax()));
    }

    @Test
    void sortedStreamRejectsALowerCursor() throws OrderViolation {
        CursorTracker<Row, LocalDate> t = tracker(TestStream.sorted("s", 1), null);
        t.accept(Row.of("A", "2024-01-05"));
        OrderViolation v = assertThrows(OrderViolation.class, () -> t.accept(Row.of("B", "2024-01-04")));
        assertEquals(LocalDate.parse("2024-01-04"), v.cursor());
        assertEquals(LocalDate.parse("2024-01-05"), v.previous());
    }

    @Test
    void unsortedStreamKeepsTheHighest() throws OrderViolation {
        TestStream unsorted = new TestStream("s", true, List.of("ticker", "date"), 0, false);
        CursorTracker<Row, LocalDate> t = tracker(unsorted, null);
        t.accept(Row.of("A", "2024-01-05"));
        assertTrue(t.accept(Row.of("B", "2024-01-04")));
        assertTrue(t.accept(Row.of("C", "2024-01-05")));
        assertEquals(LocalDate.parse("2024-01-05"), t.max());
        assertEquals(2, t.keysAtMax().size());
    }

    @Test
    void nullCursorIsAcceptedAndToldOnce() throws OrderViolation {
        CursorTracker<Row, LocalDate> t = tracker(TestStream.sorted("s", 1), "2024-01-02");
        assertTrue(t.accept(Row.of("A", null)));
        assertTrue(t.accept(Row.of("B", null)));
        assertEquals(List.of("null"), events);
        assertEquals(LocalDate.parse("2024-01-02"), t.max());
    }

    @Test
    void withoutPrimaryKeyThereAreNoKeys() throws OrderViolation {
        CursorTracker<Row, LocalDate> t = tracker(new TestStream("s", true, List.of(), 1, false), null);
        t.accept(Row.of("A", "2024-01-01"));
        t.accept(Row.of("B", "2024-01-01"));
        assertNull(t.keysAtMax());
    }

    @Test
    void overflowIsToldOnceAndDropsTheKeys() throws OrderViolation {
        CursorTracker<Row, LocalDate> t = tracker(TestStream.sorted("s", 1), null);
        for (int i = 0; i <= CursorTracker.MAX_KEYS_AT_CURSOR + 5; i++) {
            t.accept(Row.of("T" + i, "2024-01-01"));
        }
        assertNull(t.keysAtMax());
        assertEquals(List.of("overflow 2024-01-01"), events);
        t.accept(Row.of("A", "2024-01-02"));
        assertEquals(1, t.keysAtMax().size(), "a new cursor starts over");
    }
}
