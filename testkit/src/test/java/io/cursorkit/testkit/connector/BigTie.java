package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/** Sorted, a state every 1000 rows, a primary key: for more ties at one cursor than a state holds. */
@Stream(name = "big_tie", primaryKey = "id")
@CheckpointInterval(1000)
public final class BigTie {
    private final CasesConfig config;

    public BigTie(CasesConfig config) {
        this.config = config;
    }

    public Iterator<Row> read(Long since) {
        return DataFiles.failing(
                config,
                "big_tie",
                DataFiles.rows(config, "big_tie").stream()
                        .filter(row -> row.seq() != null && DataFiles.atOrAfter(row.seq(), since))
                        .sorted(DataFiles.BY_CURSOR)
                        .toList());
    }
}
