package diag;

import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream
public final class OwnedStateReserved {
    public record Pos(String token, String cursorkit) {}

    @StreamState
    public Pos reservedState() {
        return null;
    }

    public Iterable<Plain> read(Pos state) {
        return List.of();
    }
}
