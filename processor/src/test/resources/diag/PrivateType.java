package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class PrivateType {
    private enum Level {
        LOW,
        HIGH
    }

    public record Reading(String name, Level level) {}

    public List<Reading> read() {
        return List.of();
    }
}
