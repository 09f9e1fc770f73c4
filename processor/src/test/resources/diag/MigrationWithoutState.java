package diag;

import io.cursorkit.annotations.StateMigration;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class MigrationWithoutState {
    public record Pos(String token) {}

    @StateMigration
    public static Pos orphan(String token) {
        return new Pos(token);
    }

    public Iterable<Plain> read() {
        return List.of();
    }
}
