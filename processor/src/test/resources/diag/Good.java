package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class Good {
    public Good(Config config) {}

    public Iterable<Row> read() {
        return List.of();
    }
}
