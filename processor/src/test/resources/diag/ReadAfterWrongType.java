package diag;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(primaryKey = "size")
@CheckpointInterval(10)
@ResumableFullRefresh
public final class ReadAfterWrongType {
    public Iterable<Listing> read(long after) {
        return List.of();
    }
}
