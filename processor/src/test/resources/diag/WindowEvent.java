package diag;

import io.cursorkit.annotations.CursorField;
import java.time.OffsetDateTime;

public record WindowEvent(long id, @CursorField OffsetDateTime at) {}
