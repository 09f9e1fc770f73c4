package diag;

import io.cursorkit.annotations.Connector;
import java.util.List;

@Connector(name = "source-list-of-lists")
public record ListOfListsConfig(String host, List<List<Plain>> servers) {}
