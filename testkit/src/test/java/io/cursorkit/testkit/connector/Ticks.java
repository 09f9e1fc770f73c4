package io.cursorkit.testkit.connector;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.StateMigration;
import io.cursorkit.annotations.StateVersion;
import io.cursorkit.annotations.Stream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * A stream whose cursor changed format across releases: release 1 kept the tick's time as epoch
 * milliseconds (a JSON number, state version 1), this one as an instant ({@code
 * "2024-01-02T10:00:00Z"}, version 2). Before cursorkit the connector saved {@code
 * {"last_tick_ms": 1704189600000}}. Sorted by time then id, a state every 3 ticks.
 */
@Stream(name = "ticks", primaryKey = "id")
@StateVersion(2)
@CheckpointInterval(3)
public final class Ticks {
    private final CasesConfig config;

    public Ticks(CasesConfig config) {
        this.config = config;
    }

    /** Version 1 kept the cursor as epoch milliseconds. */
    @StateMigration(from = 1)
    public static Instant fromEpochMillis(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    /** The blob from before cursorkit (or a bare number): where it stopped; without one, from the start. */
    @StateMigration
    public static Instant fromLegacyBlob(JsonNode blob) {
        JsonNode millis = blob.isObject() ? blob.path("last_tick_ms") : blob;
        return millis.canConvertToLong() ? Instant.ofEpochMilli(millis.longValue()) : null;
    }

    public Iterator<Tick> read(Instant since) {
        List<Tick> ticks = new ArrayList<>();
        for (Tick tick : all(config)) {
            if (since == null || !tick.at().isBefore(since)) {
                ticks.add(tick);
            }
        }
        ticks.sort(Comparator.comparing(Tick::at).thenComparingLong(Tick::id));
        return DataFiles.failing(config, "ticks", ticks);
    }

    /** The ticks of {@code <data_dir>/ticks.csv}, in file order. */
    static List<Tick> all(CasesConfig config) {
        List<Tick> ticks = new ArrayList<>();
        for (String[] fields : DataFiles.lines(config, "ticks")) {
            ticks.add(new Tick(
                    Long.parseLong(fields[0]),
                    Instant.ofEpochMilli(Long.parseLong(fields[1])),
                    Double.parseDouble(fields[2])));
        }
        return ticks;
    }
}
