package diag;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(primaryKey = "id")
@CheckpointInterval(10)
@ResumableFullRefresh
public final class ResumableWithSlices {
    @Slices
    public List<String> regions() {
        return List.of();
    }

    public Iterable<Listing> read(String region) {
        return List.of();
    }
}
