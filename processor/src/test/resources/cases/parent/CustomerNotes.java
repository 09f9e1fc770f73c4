package shop;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.util.List;

/** A child whose partition is the parent record itself: a record, not read back from JSON. */
@Stream
public final class CustomerNotes {
    public CustomerNotes(ShopConfig config) {}

    @Partitions(parent = Customers.class)
    public List<Customer> customers(java.util.stream.Stream<Customer> customers) {
        return customers.toList();
    }

    public List<Note> read(Customer customer) {
        return List.of(new Note(customer.id(), customer.updated()));
    }
}
