package diag;

import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class SlicesWrongReturn {
    @Slices
    public String[] regions() {
        return new String[0];
    }

    public Iterable<Row> read(String region) {
        return List.of();
    }
}
