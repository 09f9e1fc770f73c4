package diag;

import io.cursorkit.annotations.StateMigration;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class CursorMigrationWithoutVersion {
    @StateMigration
    public static LocalDate fromEpochDay(long day) {
        return LocalDate.ofEpochDay(day);
    }

    public Iterable<Row> read(LocalDate since) {
        return List.of();
    }
}
