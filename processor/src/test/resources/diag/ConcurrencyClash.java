package diag;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-clash", maxConcurrency = 4)
public record ConcurrencyClash(String host, int concurrency) {}
