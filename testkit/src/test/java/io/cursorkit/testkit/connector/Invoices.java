package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A child stream: per account of {@link Accounts}, its invoices, sorted by day, a state every 2
 * rows. The partitions are the accounts' ids, so the runtime can read the parent from the cursor
 * it keeps in this stream's state.
 */
@Stream(
        name = "invoices",
        primaryKey = {"account", "number"})
@CheckpointInterval(2)
public final class Invoices {
    private final CasesConfig config;

    public Invoices(CasesConfig config) {
        this.config = config;
    }

    @Partitions(parent = Accounts.class, maxInState = 100)
    public java.util.stream.Stream<Long> accounts(java.util.stream.Stream<Row> accounts) {
        return accounts.map(Row::id);
    }

    public Iterator<Invoice> read(Long account, Long since) {
        return DataFiles.failing(
                config,
                "invoices",
                invoices(config).stream()
                        .filter(i -> i.account() == account && DataFiles.atOrAfter(i.day(), since))
                        .sorted(Comparator.comparingLong(Invoice::day).thenComparingLong(Invoice::number))
                        .toList());
    }

    private static List<Invoice> invoices(CasesConfig config) {
        return DataFiles.rows(config, "invoices").stream()
                .map(r -> new Invoice(r.id(), Long.parseLong(r.note()), r.seq()))
                .collect(Collectors.toList());
    }

    /** Six accounts (5 without invoices), 8 invoices each for the others, two a day; account 2 changed last. */
    static List<String> accountRows() {
        return List.of("1,1,one", "2,6,two", "3,2,three", "4,3,four", "5,4,five", "6,5,six");
    }

    /** {@code account,day,number}: read by {@link DataFiles#rows} as {@code id,seq,note}. */
    static List<String> invoiceRows() {
        List<String> rows = new java.util.ArrayList<>();
        int number = 1;
        for (int account : new int[] {1, 2, 3, 4, 6}) {
            for (int k = 0; k < 8; k++) {
                rows.add(account + "," + (10 * account + k / 2) + "," + number++); // two invoices per day
            }
        }
        return rows;
    }
}
