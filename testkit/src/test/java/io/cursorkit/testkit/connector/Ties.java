package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/** Sorted, many rows per cursor value, a state every 3 rows, a primary key. */
@Stream(name = "ties", primaryKey = "id")
@CheckpointInterval(3)
public final class Ties {
    private final CasesConfig config;

    public Ties(CasesConfig config) {
        this.config = config;
    }

    public Iterator<Row> read(Long since) {
        return DataFiles.failing(
                config,
                "ties",
                DataFiles.rows(config, "ties").stream()
                        .filter(row -> row.seq() != null && DataFiles.atOrAfter(row.seq(), since))
                        .sorted(DataFiles.BY_CURSOR)
                        .toList());
    }
}
