package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class TakesSecondConfig {
    public TakesSecondConfig(SecondConfig config) {}

    public Iterable<Row> read() {
        return List.of();
    }
}
