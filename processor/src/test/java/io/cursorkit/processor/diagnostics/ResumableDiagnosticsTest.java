package io.cursorkit.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.cursorkit.processor.CursorkitProcessor;
import io.cursorkit.processor.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code @ResumableFullRefresh} diagnostics, as {@link DiagnosticsTest} checks the others (which
 * counts these cases when it asks that every message of the catalogue has one): an error with its
 * tag and fix, on the line of the offending element or annotation value.
 */
class ResumableDiagnosticsTest {
    /** One misuse: the stream file (compiled with Config, Row, Plain and Listing), the line, the message. */
    record Case(String file, String line, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "ResumableWithCursor",
                        "@ResumableFullRefresh",
                        "[CursorkitResumableWithCursor] @ResumableFullRefresh on ResumableWithCursor, whose record"
                                + " type Row has @CursorField day: synced incremental, the stream already resumes"
                                + " from its cursor."),
                new Case(
                        "ResumableWithStreamState",
                        "public Page page()",
                        "[CursorkitResumableWithStreamState] @ResumableFullRefresh on ResumableWithStreamState, which"
                                + " also has the @StreamState method page"),
                new Case(
                        "ResumableWithoutKey",
                        "@ResumableFullRefresh",
                        "[CursorkitResumableWithoutKey] @ResumableFullRefresh on ResumableWithoutKey, which declares"
                                + " no primaryKey"),
                new Case(
                        "ResumableCompositeKey",
                        "primaryKey = {\"region\", \"id\"}",
                        "[CursorkitResumableCompositeKey] @ResumableFullRefresh on ResumableCompositeKey, whose"
                                + " primaryKey has 2 properties (region, id): a full refresh stream resumes after a"
                                + " key of one property."),
                new Case(
                        "ResumableWithoutInterval",
                        "@ResumableFullRefresh",
                        "[CursorkitResumableWithoutInterval] @ResumableFullRefresh on ResumableWithoutInterval"
                                + " without @CheckpointInterval"),
                new Case(
                        "ResumableWithSlices",
                        "public List<String> regions()",
                        "[CursorkitResumableWithSlices] @ResumableFullRefresh on ResumableWithSlices, which also has"
                                + " the @Slices method regions"),
                new Case(
                        "ReadAfterWrongType",
                        "long after",
                        "[CursorkitReadAfterType] read's parameter is long, but the stream is @ResumableFullRefresh"
                                + " with primary key size of type Long, which read receives to resume after. Declare"
                                + " it as Long after"),
                new Case(
                        "ReadAfterTwoParameters",
                        "public Iterable<Listing> read(String after, int limit)",
                        "[CursorkitReadParameters] read(String after, int limit) does not match any allowed form."
                                + " Write read() or read(String after)."));
    }

    static Stream<Arguments> arguments() {
        return cases().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void misuseIsAnErrorOnTheOffendingLine(Case misuse) {
        List<JavaFileObject> files = new ArrayList<>();
        for (String file : List.of("Config", "Row", "Plain", "Listing", misuse.file())) {
            files.add(Sources.file("diag/" + file + ".java"));
        }
        Compilation compilation =
                Compiler.javac().withProcessors(new CursorkitProcessor()).compile(files);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(misuse.message())
                .inFile(Sources.file("diag/" + misuse.file() + ".java"))
                .onLineContaining(misuse.line());
    }
}
