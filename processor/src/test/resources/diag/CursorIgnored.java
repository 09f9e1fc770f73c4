package diag;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.cursorkit.annotations.CursorField;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class CursorIgnored {
    public record Hidden(String name, @JsonIgnore @CursorField LocalDate day) {}

    public Iterable<Hidden> read() {
        return List.of();
    }
}
