package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(name = "stock prices")
public final class BadName {
    public Iterable<Row> read() {
        return List.of();
    }
}
