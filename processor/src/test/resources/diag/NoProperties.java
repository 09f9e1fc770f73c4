package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class NoProperties {
    public record Nothing() {}

    public Iterable<Nothing> read() {
        return List.of();
    }
}
