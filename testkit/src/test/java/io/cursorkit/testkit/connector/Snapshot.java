package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.Stream;
import java.util.List;

/** Full refresh: no cursor field; every sync yields every row. */
@Stream(name = "snapshot", primaryKey = "id")
public final class Snapshot {
    private final CasesConfig config;

    public Snapshot(CasesConfig config) {
        this.config = config;
    }

    public Iterable<Item> read() {
        List<Item> items = DataFiles.rows(config, "snapshot").stream()
                .map(row -> new Item(row.id(), row.seq(), row.note()))
                .toList();
        return () -> DataFiles.failing(config, "snapshot", items);
    }
}
