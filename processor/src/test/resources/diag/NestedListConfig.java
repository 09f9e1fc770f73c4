package diag;

import io.cursorkit.annotations.Connector;
import java.util.List;

@Connector(name = "source-nested-list")
public record NestedListConfig(String host, List<Plain> servers) {}
