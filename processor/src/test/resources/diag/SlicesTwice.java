package diag;

import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class SlicesTwice {
    @Slices
    public List<String> regions() {
        return List.of();
    }

    @Slices
    public List<String> countries() {
        return List.of();
    }

    public Iterable<Row> read(String region) {
        return List.of();
    }
}
