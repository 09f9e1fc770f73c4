package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/**
 * The parent of {@link Invoices}: accounts ({@code id,seq,note}, seq being when the account last
 * changed), unsorted, a state at the end. A stream of its own as well, which a catalog may select
 * or not.
 */
@Stream(name = "accounts", primaryKey = "id")
public final class Accounts {
    private final CasesConfig config;

    public Accounts(CasesConfig config) {
        this.config = config;
    }

    public Iterator<Row> read(Long since) {
        return DataFiles.failing(
                config,
                "accounts",
                DataFiles.rows(config, "accounts").stream()
                        .filter(row -> DataFiles.atOrAfter(row.seq(), since))
                        .toList());
    }
}
