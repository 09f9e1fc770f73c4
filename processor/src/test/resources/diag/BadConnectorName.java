package diag;

import io.cursorkit.annotations.Connector;

@Connector(name = "Stock Prices")
public record BadConnectorName(String host) {}
