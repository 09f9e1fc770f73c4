package diag;

import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream
public final class OwnedStateTwice {
    public record Pos(String token) {}

    @StreamState
    public Pos state() {
        return null;
    }

    @StreamState
    public Pos position() {
        return null;
    }

    public Iterable<Plain> read(Pos state) {
        return List.of();
    }
}
