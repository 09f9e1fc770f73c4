package diag;

import io.cursorkit.annotations.CursorField;

public record WindowCoded(long id, @CursorField String code) {}
