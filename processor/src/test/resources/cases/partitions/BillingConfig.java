package parts;

import io.cursorkit.annotations.Connector;
import java.util.List;

@Connector(name = "source-billing")
public record BillingConfig(List<String> accounts) {}
