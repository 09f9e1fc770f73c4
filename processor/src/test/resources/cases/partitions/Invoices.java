package parts;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.Instant;
import java.util.List;

/** Partitions that are records, a stream of them, a read that takes the partition and its since. */
@Stream(primaryKey = {"account", "id"})
@CheckpointInterval(50)
public final class Invoices {
    private final BillingConfig config;

    public Invoices(BillingConfig config) {
        this.config = config;
    }

    @Partitions(maxInState = 500)
    public java.util.stream.Stream<Account> accounts() {
        return config.accounts().stream().map(id -> new Account(id, 1));
    }

    public List<Invoice> read(Account account, Instant since) {
        String note = since == null ? "all" : since.toString();
        return List.of(new Invoice(account.id(), note, Instant.parse("2024-01-01T00:00:00Z")));
    }
}
