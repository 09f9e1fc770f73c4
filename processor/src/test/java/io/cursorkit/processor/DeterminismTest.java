package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same sources give the same outputs, whatever order javac is given them in. */
class DeterminismTest {
    @Test
    void outputsDoNotDependOnSourceOrder() {
        List<JavaFileObject> files =
                Sources.files("cases/stock", "StockConfig.java", "StockPrice.java", "StockPrices.java", "Tickers.java");
        Compilation forward = Compiled.of(Sources.compile(files)).compilation();
        Compilation backward = Compiled.of(
                        Sources.compile(List.of(files.get(3), files.get(2), files.get(1), files.get(0))))
                .compilation();
        for (String resource : List.of("META-INF/cursorkit/catalog.json", "META-INF/cursorkit/spec.json")) {
            assertEquals(Sources.resource(forward, resource), Sources.resource(backward, resource), resource);
        }
        for (String source : List.of("test/StockConfig_Connector.java", "test/SourceStockPricesMain.java")) {
            assertEquals(Sources.generated(forward, source), Sources.generated(backward, source), source);
        }
    }
}
