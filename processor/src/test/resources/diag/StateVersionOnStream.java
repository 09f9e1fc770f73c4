package diag;

import io.cursorkit.annotations.StateVersion;
import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream
@StateVersion(2)
public final class StateVersionOnStream {
    public record Pos(String token) {}

    @StreamState
    public Pos state() {
        return null;
    }

    public Iterable<Plain> read(Pos state) {
        return List.of();
    }
}
