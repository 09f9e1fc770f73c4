package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events read per account, one slice per account, with a position per account in the state the
 * stream owns ({@link AccountPositions}, no version): owned state with {@code @Slices} and a state
 * every 3 events.
 */
@Stream(name = "account_events", primaryKey = "id")
@CheckpointInterval(3)
public final class AccountEvents {
    private final CasesConfig config;
    private final Map<String, Long> positions = new TreeMap<>();

    public AccountEvents(CasesConfig config) {
        this.config = config;
    }

    /** The accounts of the log, sorted; the state is taken to show that a @Slices method may read it. */
    @Slices
    public List<String> accounts(AccountPositions state) {
        return EventFiles.events(config, "account_events").stream()
                .map(Event::account)
                .distinct()
                .sorted()
                .toList();
    }

    public Iterator<Event> read(String account, AccountPositions state) {
        positions.clear();
        if (state != null && state.positions() != null) {
            positions.putAll(state.positions());
        }
        long start = positions.getOrDefault(account, 0L);
        List<Event> mine = EventFiles.events(config, "account_events").stream()
                .filter(e -> e.account().equals(account))
                .toList();
        return EventFiles.tracked(
                config,
                "account_events",
                mine.subList((int) Math.min(start, mine.size()), mine.size()),
                e -> positions.merge(account, 1L, Long::sum));
    }

    @StreamState
    public AccountPositions state() {
        return new AccountPositions(new TreeMap<>(positions));
    }
}
