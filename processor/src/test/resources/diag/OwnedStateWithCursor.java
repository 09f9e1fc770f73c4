package diag;

import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream
public final class OwnedStateWithCursor {
    public record Pos(String token) {}

    @StreamState
    public Pos cursorAndState() {
        return null;
    }

    public Iterable<Row> read() {
        return List.of();
    }
}
