package diag;

import io.cursorkit.annotations.StateMigration;
import io.cursorkit.annotations.StateVersion;
import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.List;

@Stream
public final class MigrationGap {
    @StateVersion(1)
    public record V1(String token) {}

    @StateVersion(2)
    public record V2(String token, long count) {}

    @StateVersion(3)
    public record Pos(String token, long count, String account) {}

    @StreamState
    public Pos state() {
        return null;
    }

    @StateMigration
    public static V2 toVersion2(V1 old) {
        return new V2(old.token(), 0);
    }

    public Iterable<Plain> read(Pos state) {
        return List.of();
    }
}
