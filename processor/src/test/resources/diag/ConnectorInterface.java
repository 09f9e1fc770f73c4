package diag;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-interface")
public interface ConnectorInterface {}
