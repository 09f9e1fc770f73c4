package chosen;

import io.cursorkit.annotations.CursorOption;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

/** Sliced, no config, and @Slices takes the choice too: day (the default) or seq. */
@Stream
public final class Fills {
    public sealed interface FillCursor permits FillCursor.Day, FillCursor.Seq {
        @CursorOption("day")
        record Day(LocalDate since) implements FillCursor {}

        @CursorOption("seq")
        record Seq(Integer since) implements FillCursor {}
    }

    /** Two slices, named after the cursor's since. */
    @Slices
    public java.util.stream.Stream<String> parts(FillCursor cursor) {
        return java.util.stream.Stream.of(cursor + "/a", cursor + "/b");
    }

    public java.util.stream.Stream<Fill> read(String part, FillCursor cursor) {
        return java.util.stream.Stream.of(new Fill(LocalDate.of(2024, 1, 2), part.length()));
    }
}
