package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/** Sorted, a state every 3 rows, no primary key. */
@Stream(name = "no_key")
@CheckpointInterval(3)
public final class NoKey {
    private final CasesConfig config;

    public NoKey(CasesConfig config) {
        this.config = config;
    }

    public Iterator<Row> read(Long since) {
        return DataFiles.failing(
                config,
                "no_key",
                DataFiles.rows(config, "no_key").stream()
                        .filter(row -> row.seq() != null && DataFiles.atOrAfter(row.seq(), since))
                        .sorted(DataFiles.BY_CURSOR)
                        .toList());
    }
}
