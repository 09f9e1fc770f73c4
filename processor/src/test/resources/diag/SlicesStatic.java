package diag;

import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class SlicesStatic {
    @Slices
    public static List<String> regions() {
        return List.of();
    }

    public Iterable<Row> read(String region) {
        return List.of();
    }
}
