package diag;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CheckpointInterval(500)
public final class CheckpointWithoutCursor {
    public Iterable<Plain> read() {
        return List.of();
    }
}
