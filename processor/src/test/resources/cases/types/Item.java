package types;

import io.cursorkit.annotations.CursorField;

public record Item(@CursorField Long id, String note) {}
