package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class PartitionsWithoutCursor {
    @Partitions
    public List<String> accounts() {
        return List.of();
    }

    public Iterable<Plain> read(String account) {
        return List.of();
    }
}
