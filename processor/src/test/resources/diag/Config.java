package diag;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-diag")
public record Config(String host) {}
