package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(primaryKey = "tags")
public final class PrimaryKeyNotScalar {
    public Iterable<Row> read() {
        return List.of();
    }
}
