package diag;

import io.cursorkit.annotations.StateMigration;
import io.cursorkit.annotations.StateVersion;
import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream
public final class MigrationBackwards {
    @StateVersion(1)
    public record Old(String token) {}

    @StateVersion(2)
    public record Pos(String token) {}

    @StreamState
    public Pos state() {
        return null;
    }

    @StateMigration
    public static Old downgrade(Pos pos) {
        return new Old(pos.token());
    }

    public Iterable<Plain> read(Pos state) {
        return List.of();
    }
}
