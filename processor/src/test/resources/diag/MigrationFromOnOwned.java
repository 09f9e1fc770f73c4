package diag;

import io.cursorkit.annotations.StateMigration;
import io.cursorkit.annotations.StateVersion;
import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream
public final class MigrationFromOnOwned {
    @StateVersion(1)
    public record Pos(String token) {}

    @StreamState
    public Pos state() {
        return null;
    }

    @StateMigration(from = 0)
    public static Pos fromToken(String token) {
        return new Pos(token);
    }

    public Iterable<Plain> read(Pos state) {
        return List.of();
    }
}
