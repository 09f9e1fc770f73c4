package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class ReadsStrings {
    public List<String> read() {
        return List.of();
    }
}
