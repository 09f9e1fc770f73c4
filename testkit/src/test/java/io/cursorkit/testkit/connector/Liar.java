package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/**
 * Declares sorted output ({@code @CheckpointInterval(2)}) but yields rows in file order: the
 * runtime must catch the first row out of order and never save a state past unread rows.
 */
@Stream(name = "liar", primaryKey = "id")
@CheckpointInterval(2)
public final class Liar {
    private final CasesConfig config;

    public Liar(CasesConfig config) {
        this.config = config;
    }

    public Iterator<Row> read(Long since) {
        return DataFiles.rows(config, "liar").stream()
                .filter(row -> DataFiles.atOrAfter(row.seq(), since))
                .toList()
                .iterator();
    }
}
