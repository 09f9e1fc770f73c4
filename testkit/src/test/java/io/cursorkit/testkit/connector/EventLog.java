package io.cursorkit.testkit.connector;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.StateMigration;
import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An API's event log read with a sync token (a position in the log, not a field of the events): the
 * stream owns its state ({@link EventLogState}, version 2), a state every 4 events. Older states
 * migrate: version 1 ({@link EventLogStateV1}), the blob the connector wrote before cursorkit
 * ({@code {"lines_read": 12}}) and a bare token ({@code "line:12"}).
 */
@Stream(name = "event_log", primaryKey = "id")
@CheckpointInterval(4)
public final class EventLog {
    private final CasesConfig config;
    private EventLogState position;

    public EventLog(CasesConfig config) {
        this.config = config;
    }

    public Iterator<Event> read(EventLogState state) {
        position = state;
        int start = state == null ? 0 : lines(state.syncToken());
        List<Event> events = EventFiles.events(config, "event_log");
        Map<String, Long> counts =
                new TreeMap<>(state == null || state.eventsPerAccount() == null ? Map.of() : state.eventsPerAccount());
        int[] read = {start};
        return EventFiles.tracked(
                config, "event_log", events.subList(Math.min(start, events.size()), events.size()), e -> {
                    read[0]++;
                    counts.merge(e.account(), 1L, Long::sum);
                    position = new EventLogState("line:" + read[0], new TreeMap<>(counts));
                });
    }

    /** Covers exactly the events handed out so far. */
    @StreamState
    public EventLogState state() {
        return position;
    }

    @StateMigration
    public static EventLogState fromVersion1(EventLogStateV1 old) {
        return new EventLogState(old.syncToken(), Map.of());
    }

    /** The blob of the release before cursorkit: {"lines_read": n}. */
    @StateMigration
    public static EventLogStateV1 fromLegacyBlob(JsonNode blob) {
        JsonNode lines = blob.path("lines_read");
        if (!lines.canConvertToInt()) {
            throw new IllegalArgumentException("a legacy state has \"lines_read\", a number; found " + blob);
        }
        return new EventLogStateV1("line:" + lines.intValue());
    }

    /** A token saved on its own. */
    @StateMigration
    public static EventLogStateV1 fromBareToken(String token) {
        return new EventLogStateV1(token);
    }

    private static int lines(String token) {
        if (!token.startsWith("line:")) {
            throw new IllegalArgumentException("not a sync token of this API: " + token);
        }
        return Integer.parseInt(token.substring("line:".length()));
    }
}
