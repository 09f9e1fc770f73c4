package diag;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CheckpointInterval(10)
@ResumableFullRefresh
public final class ResumableWithoutKey {
    public Iterable<Listing> read() {
        return List.of();
    }
}
