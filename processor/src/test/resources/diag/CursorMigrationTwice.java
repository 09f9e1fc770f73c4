package diag;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.annotations.StateMigration;
import io.cursorkit.annotations.StateVersion;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
@StateVersion(2)
public final class CursorMigrationTwice {
    @StateMigration(from = 1)
    public static LocalDate fromEpochDay(long day) {
        return LocalDate.ofEpochDay(day);
    }

    @StateMigration(from = 1)
    public static LocalDate fromState(JsonNode state) {
        return null;
    }

    public Iterable<Row> read(LocalDate since) {
        return List.of();
    }
}
