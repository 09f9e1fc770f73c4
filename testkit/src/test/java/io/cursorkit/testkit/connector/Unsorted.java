package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/** Rows in file order (not sorted), no checkpoint interval, a primary key. */
@Stream(name = "unsorted", primaryKey = "id")
public final class Unsorted {
    private final CasesConfig config;

    public Unsorted(CasesConfig config) {
        this.config = config;
    }

    public Iterator<Row> read(Long since) {
        return DataFiles.failing(
                config,
                "unsorted",
                DataFiles.rows(config, "unsorted").stream()
                        .filter(row -> DataFiles.atOrAfter(row.seq(), since))
                        .toList());
    }
}
