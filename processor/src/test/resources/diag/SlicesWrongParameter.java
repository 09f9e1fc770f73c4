package diag;

import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class SlicesWrongParameter {
    @Slices
    public List<String> regions(String country) {
        return List.of();
    }

    public Iterable<Row> read(String region) {
        return List.of();
    }
}
