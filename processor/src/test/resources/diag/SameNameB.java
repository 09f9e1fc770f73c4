package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(name = "rows")
public final class SameNameB {
    public Iterable<Row> read() {
        return List.of();
    }
}
