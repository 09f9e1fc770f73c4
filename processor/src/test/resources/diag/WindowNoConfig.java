package diag;

import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CursorWindow(start = "start_date")
public final class WindowNoConfig {
    public WindowNoConfig() {}

    public Iterable<Row> read() {
        return List.of();
    }
}
