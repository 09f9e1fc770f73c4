package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class NoRead {
    public Iterable<Row> fetch() {
        return List.of();
    }
}
