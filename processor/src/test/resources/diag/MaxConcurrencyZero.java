package diag;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-zero", maxConcurrency = 0)
public record MaxConcurrencyZero(String host) {}
