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
 * The diagnostics of a cursor the user chooses (a sealed interface of {@code @CursorOption}
 * records that {@code read} takes), as {@link DiagnosticsTest} checks the others (which counts
 * these cases when it asks that every message of the catalogue has one): an error with its tag and
 * fix, on the line of the offending option or annotation value.
 */
class CursorChoiceDiagnosticsTest {
    /** One misuse: the stream file (compiled with Config, Row and ChoiceRow), the line, the message. */
    record Case(String file, String line, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "CursorOptionNotRecord",
                        "final class ById",
                        "[CursorkitCursorOptionNotRecord] ById, an option of the cursor choice Choice, is a class."
                                + " Make each option a record"),
                new Case(
                        "CursorOptionMissing",
                        "record ById(Long since)",
                        "[CursorkitCursorOptionMissing] ById, an option of the cursor choice Choice, has no"
                                + " @CursorOption. Annotate it with @CursorOption(\"<property>\") naming the property of"
                                + " ChoiceRow it stands for"),
                new Case(
                        "CursorOptionUnknown",
                        "@CursorOption(\"dya\")",
                        "[CursorkitCursorOptionUnknown] @CursorOption names \"dya\", which is not a JSON property of"
                                + " ChoiceRow. Did you mean \"day\"? Properties that can serve as a cursor: id, day,"
                                + " name."),
                new Case(
                        "CursorOptionType",
                        "@CursorOption(\"tags\")",
                        "[CursorkitCursorOptionType] @CursorOption names \"tags\", whose type List<String> cannot be a"
                                + " cursor"),
                new Case(
                        "CursorOptionDuplicate",
                        "record Date(LocalDate since)",
                        "[CursorkitCursorOptionDuplicate] options Day and Date of the cursor choice Choice both stand"
                                + " for \"day\". Keep one option per property."),
                new Case(
                        "CursorOptionComponent",
                        "record ById(long since)",
                        "[CursorkitCursorOptionComponent] ById stands for \"id\" of type long, so it holds exactly one"
                                + " component, that property's since, of the boxed type: (Long since). Found (long"
                                + " since)."),
                new Case(
                        "CursorChoiceUnused",
                        "public sealed interface Choice",
                        "[CursorkitCursorChoiceUnused] Choice lists cursor options, but read does not take it"),
                new Case(
                        "CursorChoiceCursorField",
                        "public List<Row> read(Choice cursor)",
                        "[CursorkitCursorChoiceCursorField] Row marks day with @CursorField, but read takes the cursor"
                                + " choice Choice, whose default (its first option) stands for \"name\"."));
    }

    static Stream<Arguments> arguments() {
        return cases().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void misuseIsAnErrorOnTheOffendingLine(Case misuse) {
        List<JavaFileObject> files = new ArrayList<>();
        for (String file : List.of("Config", "Row", "ChoiceRow", misuse.file())) {
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
