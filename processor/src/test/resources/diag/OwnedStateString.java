package diag;

import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream
public final class OwnedStateString {
    @StreamState
    public String token() {
        return null;
    }

    public Iterable<Plain> read() {
        return List.of();
    }
}
