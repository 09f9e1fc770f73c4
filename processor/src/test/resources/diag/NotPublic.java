package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
final class NotPublic {
    public Iterable<Row> read() {
        return List.of();
    }
}
