package io.cursorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** How the processor behaves across rounds and beside other processors. */
class RoundsTest {
    /** Generates one source file in the given round, as another annotation processor would. */
    private static final class GeneratesIn extends AbstractProcessor {
        private final int round;
        private final String name;
        private final String source;
        private int current;

        GeneratesIn(int round, String name, String source) {
            this.round = round;
            this.name = name;
            this.source = source;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
            if (++current == round) {
                try (Writer writer =
                        processingEnv.getFiler().createSourceFile(name).openWriter()) {
                    writer.write(source);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /** Claims every annotation, so that -Xlint:processing has nothing to say about unclaimed ones. */
    private static final class ClaimsAll extends AbstractProcessor {
        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
            return true;
        }
    }

    @Test
    void noSourceIsCreatedInTheLastRoundSoWerrorWithLintProcessingPasses() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new CursorkitProcessor(), new ClaimsAll())
                .withOptions("-Xlint:all", "-Werror")
                .compile(Sources.files(
                        "cases/stock", "StockConfig.java", "StockPrice.java", "StockPrices.java", "Tickers.java"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.SourceStockPricesMain");
    }

    @Test
    void streamWaitsForARecordTypeThatAnotherProcessorGenerates() {
        String lateRow = "package rounds;\n" + "public record LateRow(long id, String name) {}\n";
        Compilation compilation = Compiler.javac()
                .withProcessors(new CursorkitProcessor(), new GeneratesIn(1, "rounds.LateRow", lateRow))
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(Sources.files("rounds", "LateRowStream.java", "RoundsConfig.java"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("rounds.LateRowStream_RecordWriter");
        String catalog = Sources.resource(compilation, "META-INF/cursorkit/catalog.json");
        assertEquals(
                Compiled.parse("{\"type\":[\"null\",\"string\"]}"),
                Compiled.parse(catalog).at("/streams/0/json_schema/properties/name"));
    }

    @Test
    void streamGeneratedAfterTheConnectorIsReported() {
        String lateStream = "package rounds;\n"
                + "@io.cursorkit.annotations.Stream\n"
                + "public final class TooLate {\n"
                + "    public java.util.List<RoundsConfig> read() { return java.util.List.of(); }\n"
                + "}\n";
        Compilation compilation = Compiler.javac()
                .withProcessors(new CursorkitProcessor(), new GeneratesIn(2, "rounds.TooLate", lateStream))
                .compile(Sources.files("rounds", "RoundsConfig.java"));
        assertThat(compilation).hadErrorContaining("[CursorkitLateElement] TooLate was generated after the connector");
    }

    @Test
    void isRegisteredAsAServiceAndAsAnAggregatingGradleProcessor() throws IOException {
        boolean found = false;
        for (Processor processor :
                ServiceLoader.load(Processor.class, getClass().getClassLoader())) {
            found |= processor instanceof CursorkitProcessor;
        }
        assertTrue(found, "META-INF/services lists the processor");
        assertEquals(
                List.of("io.cursorkit.processor.CursorkitProcessor,aggregating"),
                Sources.text("META-INF/gradle/incremental.annotation.processors")
                        .lines()
                        .toList());
        assertEquals(SourceVersion.latestSupported(), new CursorkitProcessor().getSupportedSourceVersion());
    }
}
