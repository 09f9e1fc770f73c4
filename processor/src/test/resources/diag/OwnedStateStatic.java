package diag;

import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream
public final class OwnedStateStatic {
    public record Pos(String token) {}

    @StreamState
    public static Pos state() {
        return null;
    }

    public Iterable<Plain> read(Pos state) {
        return List.of();
    }
}
