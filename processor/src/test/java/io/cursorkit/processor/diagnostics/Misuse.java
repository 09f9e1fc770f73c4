package io.cursorkit.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.cursorkit.processor.CursorkitProcessor;
import io.cursorkit.processor.Sources;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * One misuse of an annotation, as the per-feature diagnostics tests list them: the stream file under
 * {@code diag/}, the text of the line the error must be on, and the message (tag and fix) it must
 * contain. {@link DiagnosticsTest} counts these cases when it asks that every message of the
 * catalogue has one.
 */
record Misuse(String file, String line, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }

    /**
     * Compiles the misuse's file with its companion files (the config and record types it uses) and
     * asserts that the build fails with the message on the offending line of that file.
     */
    void assertErrorOnItsLine(String... companions) {
        List<JavaFileObject> files = new ArrayList<>();
        for (String companion : companions) {
            files.add(Sources.file("diag/" + companion + ".java"));
        }
        files.add(Sources.file("diag/" + file + ".java"));
        Compilation compilation =
                Compiler.javac().withProcessors(new CursorkitProcessor()).compile(files);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(message)
                .inFile(Sources.file("diag/" + file + ".java"))
                .onLineContaining(line);
    }
}
