package shop;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

/** A child with a no-arg constructor (its parent takes the config): partitions are the customers' ids. */
@Stream(primaryKey = {"customer", "id"})
@CheckpointInterval(10)
public final class Orders {
    @Partitions(parent = Customers.class, maxInState = 100)
    public java.util.stream.Stream<String> customers(java.util.stream.Stream<Customer> customers) {
        return customers.map(Customer::id);
    }

    public List<Order> read(String customer, LocalDate since) {
        return List.of(new Order(customer, since == null ? "all" : since.toString(), LocalDate.parse("2024-02-01")));
    }
}
