package parts;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.util.List;

/** Scalar partitions as an Iterable, the default limit, a read that takes only the partition. */
@Stream
public final class Payments {
    @Partitions
    public Iterable<String> accounts() {
        return List.of("a", "b");
    }

    public List<Invoice> read(String account) {
        return List.of(new Invoice(account, "p", null));
    }
}
