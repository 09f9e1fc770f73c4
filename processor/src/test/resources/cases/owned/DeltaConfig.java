package owned;

import io.cursorkit.annotations.Connector;
import java.util.List;

@Connector(name = "source-delta")
public record DeltaConfig(List<String> drives) {}
