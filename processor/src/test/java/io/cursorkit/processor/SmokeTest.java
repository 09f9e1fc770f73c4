package io.cursorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void stockConnectorCompilesWithoutWarnings() {
        Compilation compilation = Compilations.stock();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.stock.StockPrices_Stream");
        assertThat(compilation).generatedSourceFile("test.stock.StockPrices_RecordWriter");
        assertThat(compilation).generatedSourceFile("test.stock.StockPrices_StateSerializer");
        assertThat(compilation).generatedSourceFile("test.stock.StockConfig_Connector");
        assertThat(compilation).generatedSourceFile("test.stock.SourceStockPricesMain");
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/cursorkit/catalog.json");
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/cursorkit/spec.json");
    }
}
