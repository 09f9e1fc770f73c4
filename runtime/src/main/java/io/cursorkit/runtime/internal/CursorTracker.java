package io.cursorkit.runtime.internal;

import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.StreamInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cursor bookkeeping of one incremental stream (DESIGN.md, "State"): which records to leave
 * out because the input state covers them, the highest cursor emitted so far, and the primary
 * keys of the records at it.
 *
 * <p>Keys cost something to build, so the records at the highest cursor are kept aside and keyed
 * only when a state asks for them (or when they reach the bound): a record whose cursor is passed
 * before the next state is never keyed.
 *
 * @param <R> the record type
 * @param <C> the cursor type
 */
final class CursorTracker<R, C extends Comparable<? super C>> {
    /** Most keys kept at one cursor value; beyond it, ties at the cursor are re-emitted on resume. */
    static final int MAX_KEYS_AT_CURSOR = 10_000;

    /** What the tracker tells its stream about, once each. */
    interface Listener<C> {
        /** The first record with a null cursor. */
        void nullCursor();

        /** More than {@link #MAX_KEYS_AT_CURSOR} records share {@code cursor}. */
        void keysOverflowed(C cursor);
    }

    private final GeneratedStream<?, ?, R, C, ?> stream;
    private final boolean sorted;
    private final boolean keyed;
    private final C since;
    private final Set<String> sinceKeys;
    private final Listener<C> listener;
    /** The {@code @CursorWindow} of this cursor, or null. */
    private final WindowTracker<C> window;

    private C max;
    /** With a window: the cursor of the last record in range, for the order check. */
    private C previous;

    private Set<String> keysAtMax;
    private List<R> unkeyedAtMax = new ArrayList<>();
    private boolean keysOverflowed;
    private boolean nullCursorSeen;
    private long dropped;

    CursorTracker(GeneratedStream<?, ?, R, C, ?> stream, ResumePoint<C> resume, Listener<C> listener) {
        this(stream, resume, listener, null);
    }

    /** A tracker whose records also go through {@code window} (null for none). */
    CursorTracker(
            GeneratedStream<?, ?, R, C, ?> stream,
            ResumePoint<C> resume,
            Listener<C> listener,
            WindowTracker<C> window) {
        this.window = window;
        StreamInfo info = stream.info();
        this.stream = stream;
        this.sorted = info.sorted();
        this.keyed = !info.primaryKey().isEmpty();
        this.since = resume.since();
        this.sinceKeys = keyed ? resume.keysAtCursor() : Set.of();
        this.listener = listener;
        this.max = since;
        this.keysAtMax = new LinkedHashSet<>(sinceKeys);
    }

    /**
     * Whether to emit {@code record}: not when its cursor is below {@code since}, or equal to it with
     * a key the input state committed. Tracks the highest cursor and the records at it.
     *
     * @throws OrderViolation when the stream is sorted and the cursor is below an emitted one
     */
    boolean accept(R record) throws OrderViolation {
        C cursor = stream.cursor(record);
        if (cursor == null) {
            if (!nullCursorSeen) {
                nullCursorSeen = true;
                listener.nullCursor();
            }
            return true;
        }
        if (window != null) {
            return acceptInWindow(record, cursor);
        }
        if (since != null) {
            int c = cursor.compareTo(since);
            if (c < 0 || (c == 0 && !sinceKeys.isEmpty() && sinceKeys.contains(stream.primaryKey(record)))) {
                dropped++;
                return false;
            }
        }
        if (max == null) {
            newMax(cursor, record);
            return true;
        }
        int c = cursor.compareTo(max);
        if (c > 0) {
            newMax(cursor, record);
        } else if (c == 0) {
            tie(record);
        } else if (sorted) {
            throw new OrderViolation(cursor, max);
        }
        return true;
    }

    /**
     * {@link #accept} with a {@code @CursorWindow}: the lookback re-reads below {@code since}, so the
     * order is checked against the record before (ascending within a read), and only cursors the
     * window lets move the state do.
     */
    private boolean acceptInWindow(R record, C cursor) throws OrderViolation {
        if (!window.inRange(cursor)) {
            dropped++;
            return false;
        }
        if (sorted && previous != null && cursor.compareTo(previous) < 0) {
            throw new OrderViolation(cursor, previous);
        }
        previous = cursor;
        String key = keyed ? stream.primaryKey(record) : null;
        boolean atSince = since != null && cursor.compareTo(since) == 0;
        if ((atSince && key != null && sinceKeys.contains(key)) || (!atSince && window.committed(key, cursor))) {
            dropped++;
            return false;
        }
        window.emitted(key, cursor, max);
        if (!window.movesState(cursor)) {
            return true;
        }
        if (max == null || cursor.compareTo(max) > 0) {
            newMax(cursor, record);
        } else if (cursor.compareTo(max) == 0) {
            tie(record);
        }
        return true;
    }

    /** For a full refresh with a window: whether {@code record} lies between its start and end. */
    boolean inWindow(R record) {
        C cursor = stream.cursor(record);
        return cursor == null || window.inRange(cursor);
    }

    /** The {@code since} to give {@code read}: the window's start of reading, else {@link #since}. */
    C readFrom() {
        return window != null ? window.readFrom() : since;
    }

    /** Whether a sorted stream has passed its window's end, so reading can stop. */
    boolean pastEnd() {
        return window != null && window.pastEnd();
    }

    /** The window's keys for a state at {@code stateCursor}; empty without a window. */
    java.util.Map<String, C> windowKeys(C stateCursor) {
        return window == null ? java.util.Map.of() : window.keysFor(stateCursor);
    }

    /** The window's keys of the input state, for a rewind; empty without a window. */
    java.util.Map<String, C> sinceWindowKeys() {
        return window == null ? java.util.Map.of() : window.committed();
    }

    /** The cursor of the input state, or null. */
    C since() {
        return since;
    }

    /** The keys the input state committed at {@link #since}. */
    Set<String> sinceKeys() {
        return sinceKeys;
    }

    /** The highest cursor emitted, or {@link #since} when none is higher. */
    C max() {
        return max;
    }

    /** The keys of the emitted records at {@link #max}, or null when there were too many. */
    Collection<String> keysAtMax() {
        if (!keyed || keysOverflowed) {
            return null;
        }
        keyPending();
        return keysOverflowed ? null : keysAtMax;
    }

    /** Records left out so far. */
    long dropped() {
        return dropped;
    }

    private void newMax(C cursor, R record) {
        max = cursor;
        if (keyed) {
            keysAtMax = keysAtMax.size() > 64 ? new LinkedHashSet<>() : clear(keysAtMax);
            unkeyedAtMax = unkeyedAtMax.size() > 64 ? new ArrayList<>() : clear(unkeyedAtMax);
            keysOverflowed = false;
            unkeyedAtMax.add(record);
        }
    }

    private static <X extends Collection<?>> X clear(X collection) {
        collection.clear();
        return collection;
    }

    private void tie(R record) {
        if (keyed && !keysOverflowed) {
            unkeyedAtMax.add(record);
            if (keysAtMax.size() + unkeyedAtMax.size() > MAX_KEYS_AT_CURSOR) {
                keyPending();
            }
        }
    }

    /** Keys the records kept aside at the highest cursor, each once. */
    private void keyPending() {
        // Called at every hand-over of a concurrent read: no iterator, nothing to do most times.
        for (int i = 0, n = unkeyedAtMax.size(); i < n; i++) {
            String key = stream.primaryKey(unkeyedAtMax.get(i));
            if (keysOverflowed || key == null) {
                continue;
            }
            keysAtMax.add(key);
            if (keysAtMax.size() > MAX_KEYS_AT_CURSOR) {
                keysOverflowed = true;
                keysAtMax = new LinkedHashSet<>();
                listener.keysOverflowed(max);
            }
        }
        unkeyedAtMax.clear();
    }
}
