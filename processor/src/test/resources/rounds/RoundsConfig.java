package rounds;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-rounds")
public record RoundsConfig(String host) {}
