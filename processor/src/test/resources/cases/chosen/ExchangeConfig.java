package chosen;

import io.cursorkit.annotations.Connector;
import java.util.List;

@Connector(name = "source-exchange")
public record ExchangeConfig(List<String> tickers) {}
