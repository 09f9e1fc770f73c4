package ${package};

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code orders} stream: incremental on {@code updated_at}, primary key {@code id}, read from
 * the bundled {@code orders.csv}.
 *
 * <p>{@code @CheckpointInterval} promises that {@code read} returns orders in ascending {@code
 * updated_at} order (the runtime checks it); in return the runtime emits a state every 5 orders, so
 * a sync killed half way resumes from its last state instead of from the start. 5 makes the
 * checkpoints visible in a small file; against a real API, a few hundred or thousand is usual.
 */
@Stream(name = "orders", primaryKey = "id")
@CheckpointInterval(5)
public final class Orders {
    /** Ties on updated_at are broken by id, so that every sync sees them in the same order. */
    private static final Comparator<Order> CURSOR_ORDER =
            Comparator.comparing(Order::updatedAt).thenComparingLong(Order::id);

    private final LocalDate startDate;

    /**
     * Called once per sync, with the user's config.
     *
     * @param config the validated config
     */
    public Orders(ConnectorConfig config) {
        this.startDate = config.startDate();
    }

    /**
     * The orders last updated at or after {@code since} (and not before {@code start_date}), oldest
     * first.
     *
     * @param since the cursor of the state the sync resumes from; null on a first sync
     * @return the orders to sync, in ascending {@code updated_at} order
     * @throws IOException if the bundled file cannot be read
     */
    public Iterable<Order> read(OffsetDateTime since) throws IOException {
        OffsetDateTime from =
                startDate == null ? null : startDate.atStartOfDay().atOffset(ZoneOffset.UTC);
        if (since != null && (from == null || since.isAfter(from))) {
            from = since;
        }
        List<Order> orders = new ArrayList<>();
        for (CsvResource.Row row : CsvResource.read(Orders.class, "orders.csv")) {
            Order order = new Order(
                    row.longValue("id"),
                    row.longValue("customer_id"),
                    row.text("status"),
                    row.decimal("total"),
                    row.timestamp("updated_at"));
            // The rule of an incremental read: keep the orders whose cursor EQUALS `since` (test with
            // "not before", never with "after"). Several orders can share one updated_at, and the
            // state a sync resumes from may have been saved half way through them. The runtime knows
            // which of them it already emitted and drops those, so reading the tie again costs
            // nothing; leaving it out would lose the rest of the tie for good.
            if (from == null || !order.updatedAt().isBefore(from)) {
                orders.add(order);
            }
        }
        orders.sort(CURSOR_ORDER);
        return orders;
    }
}
