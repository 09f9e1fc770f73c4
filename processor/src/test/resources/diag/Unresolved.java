package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class Unresolved {
    public Iterable<NotGeneratedYet> read() {
        return List.of();
    }
}
