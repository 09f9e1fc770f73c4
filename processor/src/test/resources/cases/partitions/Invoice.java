package parts;

import io.cursorkit.annotations.CursorField;
import java.time.Instant;

public record Invoice(String account, String id, @CursorField Instant updated) {}
