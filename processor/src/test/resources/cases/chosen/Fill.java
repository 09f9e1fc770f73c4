package chosen;

import io.cursorkit.annotations.CursorField;
import java.time.LocalDate;

/** @CursorField on the default choice's property: allowed, and shared with source-defined streams. */
public record Fill(@CursorField LocalDate day, int seq) {}
