package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class NoConstructor {
    public NoConstructor(String url) {}

    public Iterable<Row> read() {
        return List.of();
    }
}
