package ${package};

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.CursorField;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One order: a record of the {@code orders} stream. Orders change after they are placed (paid,
 * shipped, refunded), and every change moves {@code updated_at}, so a changed order is synced again.
 *
 * @param id the order's id, its primary key
 * @param customerId the id of the customer who placed it, a record of the {@code customers} stream
 * @param status placed, paid, shipped, delivered or refunded
 * @param total the amount charged; BigDecimal, because money must not be rounded
 * @param updatedAt when the order last changed: the stream's cursor
 */
public record Order(
        long id,
        @JsonProperty("customer_id") long customerId,
        String status,
        BigDecimal total,
        @CursorField @JsonProperty("updated_at") OffsetDateTime updatedAt) {}
