package owned;

import io.cursorkit.annotations.StateVersion;

/** Version 1: one delta link for every drive. */
@StateVersion(1)
public record DeltaV1(String link) {}
