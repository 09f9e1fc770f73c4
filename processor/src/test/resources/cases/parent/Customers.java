package shop;

import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

/** The parent: takes the config, reads from a since. */
@Stream(primaryKey = "id")
public final class Customers {
    private final ShopConfig config;

    public Customers(ShopConfig config) {
        this.config = config;
    }

    public List<Customer> read(LocalDate since) {
        return List.of(
                new Customer("c1", config.region(), LocalDate.parse("2024-01-01")),
                new Customer("c2", config.region(), LocalDate.parse("2024-01-02")));
    }
}
