package dir;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-directory")
public record DirectoryConfig(String region) {}
