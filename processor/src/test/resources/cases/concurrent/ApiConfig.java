package conc;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-api", maxConcurrency = 8)
public record ApiConfig(String token, Integer workers) {}
