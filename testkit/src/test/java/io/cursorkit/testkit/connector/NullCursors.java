package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/** Sorted, with rows whose cursor is null (yielded first), a state every 2 rows, a primary key. */
@Stream(name = "null_cursors", primaryKey = "id")
@CheckpointInterval(2)
public final class NullCursors {
    private final CasesConfig config;

    public NullCursors(CasesConfig config) {
        this.config = config;
    }

    public Iterator<Row> read(Long since) {
        return DataFiles.failing(
                config,
                "null_cursors",
                DataFiles.rows(config, "null_cursors").stream()
                        .filter(row -> DataFiles.atOrAfter(row.seq(), since))
                        .sorted(DataFiles.BY_CURSOR)
                        .toList());
    }
}
