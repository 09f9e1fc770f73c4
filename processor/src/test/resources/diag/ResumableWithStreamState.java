package diag;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.StateVersion;
import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream(primaryKey = "id")
@CheckpointInterval(10)
@ResumableFullRefresh
public final class ResumableWithStreamState {
    @StateVersion(1)
    public record Page(String token) {}

    @StreamState
    public Page page() {
        return null;
    }

    public Iterable<Listing> read(Page page) {
        return List.of();
    }
}
