package io.cursorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class GenerationSmokeTest {
    @Test
    void compiles() {
        Compilation compilation = Sources.compileLenient(Sources.files(
                "cases/stock", "StockConfig.java", "StockPrice.java", "StockPrices.java", "Tickers.java"));
        compilation.diagnostics().forEach(System.out::println);
        compilation.sourceFiles();
        assertThat(compilation).succeeded();
        compilation.generatedSourceFiles().forEach(f -> {
            try {
                System.out.println("==== " + f.getName() + "\n" + f.getCharContent(true));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
