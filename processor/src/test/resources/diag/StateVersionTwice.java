package diag;

import io.cursorkit.annotations.StateMigration;
import io.cursorkit.annotations.StateVersion;
import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream
public final class StateVersionTwice {
    @StateVersion(2)
    public record Old(String token) {}

    @StateVersion(2)
    public record Pos(String token) {}

    @StreamState
    public Pos state() {
        return null;
    }

    @StateMigration
    public static Pos sameVersion(Old old) {
        return new Pos(old.token());
    }

    public Iterable<Plain> read(Pos state) {
        return List.of();
    }
}
