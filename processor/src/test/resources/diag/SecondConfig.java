package diag;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-other")
public record SecondConfig(String url) {}
