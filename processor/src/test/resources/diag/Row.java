package diag;

import io.cursorkit.annotations.CursorField;
import java.time.LocalDate;
import java.util.List;

public record Row(@CursorField LocalDate day, String name, List<String> tags) {}
