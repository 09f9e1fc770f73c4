package io.cursorkit.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Test inputs from {@code src/test/resources}, compiled with the processor. */
public final class Sources {
    private Sources() {}

    /** {@code "stock/test/StockConfig.java"} as a source file named {@code test/StockConfig.java}. */
    public static JavaFileObject file(String resource) {
        URL url = Sources.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        return JavaFileObjects.forResource(url);
    }

    static List<JavaFileObject> files(String directory, String... names) {
        List<JavaFileObject> files = new ArrayList<>();
        for (String name : names) {
            files.add(file(directory + "/" + name));
        }
        return files;
    }

    public static Compilation compile(List<JavaFileObject> files) {
        return Compiler.javac()
                .withProcessors(new CursorkitProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(files);
    }

    static Compilation compileLenient(List<JavaFileObject> files) {
        return Compiler.javac().withProcessors(new CursorkitProcessor()).compile(files);
    }

    public static String generated(Compilation compilation, String path) {
        try {
            return compilation
                    .generatedFile(StandardLocation.SOURCE_OUTPUT, path)
                    .orElseThrow(() -> new AssertionError("not generated: " + path))
                    .getCharContent(true)
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resource(Compilation compilation, String path) {
        try {
            return compilation
                    .generatedFile(StandardLocation.CLASS_OUTPUT, path)
                    .orElseThrow(() -> new AssertionError("not generated: " + path))
                    .getCharContent(true)
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        try (var in = Sources.class.getClassLoader().getResourceAsStream(resource)) {
            assertWithMessage("resource " + resource).that(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
