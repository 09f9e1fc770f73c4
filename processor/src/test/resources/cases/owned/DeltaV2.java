package owned;

import java.util.Map;
import io.cursorkit.annotations.StateVersion;

/** Version 2: a link per drive. */
@StateVersion(2)
public record DeltaV2(Map<String, String> links) {}
