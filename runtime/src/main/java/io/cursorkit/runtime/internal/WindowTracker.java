package io.cursorkit.runtime.internal;

import io.cursorkit.runtime.spi.WindowBounds;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code @CursorWindow} bookkeeping of one cursor (a stream's, or a partition's), beside its
 * {@link CursorTracker}: where the sync reads from, which records lie outside the window, which the
 * input state shows as committed, whether a cursor may move the state, and the keys the next state
 * keeps.
 *
 * <p>The rules (API.md, "Cursor windows"): the sync reads from the saved cursor minus the lookback,
 * never below the start (a first sync from the start). A record below that, or after the end, is
 * not emitted. A record the state lists with the same key and the same cursor was committed, and
 * is left out; one whose cursor changed (an update) or that the state does not list (a late row)
 * is emitted. A cursor past the sync's start plus the margin is emitted and does not move the
 * state.
 *
 * <p>What the state keeps ({@code window_keys}): the key and cursor of each emitted or committed
 * record that a sync resuming from the state would read again, except those at the state's own
 * cursor (which {@code keys_at_cursor} holds): from the cursor minus the lookback up, and past the
 * margin. At most {@link #MAX_WINDOW_KEYS}; past that the state keeps none, which costs duplicates
 * and never a loss, since a key that is not listed is only delivered again.
 *
 * @param <C> the cursor type
 */
final class WindowTracker<C extends Comparable<? super C>> {
    /** Most keys a state keeps for a window; beyond it, their records are delivered again on resume. */
    static final int MAX_WINDOW_KEYS = 10_000;

    private final StreamWindow<C> window;
    private final WindowBounds<C> bounds;
    private final boolean sorted;
    private final C saved;
    private final C readFrom;
    private final Map<String, C> committed;
    /** Keys with their cursor that a state may list: the committed ones, then the emitted ones. */
    private final LinkedHashMap<String, C> kept;

    private boolean pastEnd;

    WindowTracker(StreamWindow<C> window, ResumePoint<C> resume, boolean sorted) {
        this.window = window;
        this.bounds = window.bounds();
        this.sorted = sorted;
        this.saved = resume.since();
        C from = saved == null ? null : bounds.minusLookback(saved);
        C start = bounds.start();
        this.readFrom = from == null ? start : start == null || from.compareTo(start) > 0 ? from : start;
        this.committed = resume.windowKeys();
        this.kept = new LinkedHashMap<>(committed);
        if (bounds.hasLookback() || bounds.hasFutureMargin()) {
            // committed at the saved cursor: once the cursor moves on, they lie in the window behind it
            for (String key : resume.keysAtCursor()) {
                kept.putIfAbsent(key, saved);
            }
        }
    }

    /** The {@code since} the stream's {@code read} receives: max(start, saved cursor - lookback). */
    C readFrom() {
        return readFrom;
    }

    /** The committed keys of the input state, for a rewind. */
    Map<String, C> committed() {
        return committed;
    }

    /** Whether the stream is sorted and has passed its end: nothing after can be in the window. */
    boolean pastEnd() {
        return pastEnd;
    }

    /** Whether {@code cursor} lies where this sync reads: not below {@link #readFrom}, not after the end. */
    boolean inRange(C cursor) {
        if (readFrom != null && cursor.compareTo(readFrom) < 0) {
            return false;
        }
        C end = bounds.end();
        if (end != null && cursor.compareTo(end) > 0) {
            window.pastEnd++;
            pastEnd = sorted;
            return false;
        }
        return true;
    }

    /** Whether the input state lists {@code key} as committed at exactly {@code cursor}. */
    boolean committed(String key, C cursor) {
        if (committed.isEmpty() || key == null) {
            return false;
        }
        C at = committed.get(key);
        if (at != null && at.compareTo(cursor) == 0) {
            window.leftOutCommitted++;
            return true;
        }
        return false;
    }

    /** A record is emitted; {@code key} is null without a primary key; {@code max} the state's cursor so far. */
    void emitted(String key, C cursor, C max) {
        if (saved != null && cursor.compareTo(saved) < 0) {
            window.deliveredBelowSaved++;
        }
        if (key == null || (!bounds.hasLookback() && !bounds.hasFutureMargin())) {
            return;
        }
        kept.remove(key); // re-inserted last: the map stays in the order records came
        kept.put(key, cursor);
        if (kept.size() > 2 * MAX_WINDOW_KEYS) {
            trim(max);
        }
    }

    /** Whether {@code cursor} may move the state: not when it is past the sync's start plus the margin. */
    boolean movesState(C cursor) {
        if (bounds.beyondMargin(cursor, window.syncStart())) {
            window.beyondMargin(cursor);
            return false;
        }
        return true;
    }

    /**
     * The keys a state at {@code stateCursor} lists: those a sync resuming from it reads again, but
     * not at {@code stateCursor} itself; empty when there are more than {@link #MAX_WINDOW_KEYS}.
     */
    Map<String, C> keysFor(C stateCursor) {
        if (kept.isEmpty()) {
            return Map.of();
        }
        C edge = stateCursor == null ? null : bounds.minusLookback(stateCursor);
        Map<String, C> keys = new LinkedHashMap<>();
        for (Map.Entry<String, C> entry : kept.entrySet()) {
            C cursor = entry.getValue();
            if (stateCursor != null
                    && (cursor.compareTo(stateCursor) == 0 || (edge != null && cursor.compareTo(edge) < 0))) {
                continue;
            }
            keys.put(entry.getKey(), cursor);
            if (keys.size() > MAX_WINDOW_KEYS) {
                window.overflowed(MAX_WINDOW_KEYS);
                return Map.of();
            }
        }
        return keys;
    }

    /**
     * Drops the keys no state could list any more (below the window of {@code max}), then, if still too
     * many, the oldest: a state listing fewer keys costs duplicates, never a loss.
     */
    private void trim(C max) {
        C edge = max == null ? null : bounds.minusLookback(max);
        if (edge != null) {
            kept.values().removeIf(cursor -> cursor.compareTo(edge) < 0);
        }
        if (kept.size() > 2 * MAX_WINDOW_KEYS) {
            window.overflowed(MAX_WINDOW_KEYS);
            Iterator<C> oldest = kept.values().iterator();
            while (kept.size() > MAX_WINDOW_KEYS) {
                oldest.next();
                oldest.remove();
            }
        }
    }
}
