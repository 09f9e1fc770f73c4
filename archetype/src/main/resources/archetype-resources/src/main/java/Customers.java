package ${package};

import io.cursorkit.annotations.Stream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code customers} stream: full refresh only, because {@link Customer} has no cursor field.
 * Every sync reads every customer, and the destination replaces what it had.
 */
@Stream(name = "customers", primaryKey = "id")
public final class Customers {
    /** The stream needs nothing from the config, so its constructor takes nothing. */
    public Customers() {}

    /**
     * Every customer of the bundled {@code customers.csv}.
     *
     * @return the customers, in file order
     * @throws IOException if the bundled file cannot be read
     */
    public Iterable<Customer> read() throws IOException {
        List<Customer> customers = new ArrayList<>();
        for (CsvResource.Row row : CsvResource.read(Customers.class, "customers.csv")) {
            customers.add(new Customer(row.longValue("id"), row.text("name"), row.text("email"), row.text("country")));
        }
        return customers;
    }
}
