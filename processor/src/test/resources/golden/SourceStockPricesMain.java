package test;

import io.cursorkit.runtime.spi.Launcher;
import io.cursorkit.runtime.spi.Runner;
import javax.annotation.processing.Generated;

/**
 * Runs connector {@code source-stock-prices}: {@code spec}, {@code check}, {@code discover}, {@code read}.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class SourceStockPricesMain {
    private SourceStockPricesMain() {
    }

    public static void main(String[] args) {
        int status = Launcher.runStatic(args, StockConfig_Connector.SPEC_JSON, StockConfig_Connector.CATALOG_JSON);
        if (status < 0) {
            status = Runner.run(args, new StockConfig_Connector());
        }
        System.exit(status);
    }
}
