package diag;

import io.cursorkit.annotations.StateVersion;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@StateVersion(1)
public final class StateVersionWithoutState {
    public Iterable<Plain> read() {
        return List.of();
    }
}
