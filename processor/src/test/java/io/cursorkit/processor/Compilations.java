package io.cursorkit.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.Arrays;
import javax.tools.JavaFileObject;

/** Compiles test inputs from {@code src/test/resources} with the processor. */
final class Compilations {
    private Compilations() {}

    static Compilation compile(String... resources) {
        JavaFileObject[] sources =
                Arrays.stream(resources).map(JavaFileObjects::forResource).toArray(JavaFileObject[]::new);
        return Compiler.javac()
                .withProcessors(new CursorkitProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror", "--release", "17")
                .compile(sources);
    }

    static Compilation stock() {
        return compile("stock/StockConfig.java", "stock/StockPrice.java", "stock/StockPrices.java");
    }
}
