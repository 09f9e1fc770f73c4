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
 * The {@code @Partitions} diagnostics, as {@link DiagnosticsTest} checks the others (which counts
 * these cases when it asks that every message of the catalogue has one): an error with its tag and
 * fix, on the line of the offending element or annotation value.
 */
class PartitionsDiagnosticsTest {
    /** One misuse: the stream file (compiled with Config, Row and Plain), the line, the message. */
    record Case(String file, String line, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("PartitionsStatic", "public static List<String> accounts()", "[CursorkitPartitionsStatic]"),
                new Case("PartitionsNotPublic", "List<String> accounts()", "[CursorkitPartitionsNotPublic]"),
                new Case(
                        "PartitionsTwice",
                        "public List<String> repositories()",
                        "[CursorkitPartitionsDuplicate] @Stream class PartitionsTwice has more than one @Partitions"),
                new Case(
                        "PartitionsWrongReturn",
                        "public String[] accounts()",
                        "[CursorkitPartitionsReturnType] @Partitions method accounts returns String[]. Return"
                                + " List<P>, Iterable<P> or java.util.stream.Stream<P>"),
                new Case(
                        "PartitionsWithParameter",
                        "public List<String> accounts(LocalDate since)",
                        "[CursorkitPartitionsParameters] @Partitions method accounts takes (LocalDate since). Write it"
                                + " without parameters"),
                new Case(
                        "PartitionsWithSlices",
                        "public List<String> accounts()",
                        "[CursorkitPartitionsWithSlices] @Stream class PartitionsWithSlices has both @Partitions and"
                                + " @Slices"),
                new Case(
                        "PartitionsWithoutCursor",
                        "@Partitions",
                        "[CursorkitPartitionsWithoutCursor] @Partitions on PartitionsWithoutCursor, whose record type"
                                + " Plain has no @CursorField"),
                new Case(
                        "PartitionsMaxInState",
                        "maxInState = 0",
                        "[CursorkitPartitionsMaxInState] @Partitions(maxInState = 0) must be at least 1"),
                new Case(
                        "ParentNotStream",
                        "parent = Plain.class",
                        "[CursorkitPartitionsParentNotStream] @Partitions(parent = Plain.class) names a class without"
                                + " @Stream. Name a @Stream class of this connector"),
                new Case(
                        "ParentSelf",
                        "parent = ParentSelf.class",
                        "[CursorkitPartitionsParentCycle] @Partitions(parent = ParentSelf.class) on ParentSelf makes a"
                                + " cycle: ParentSelf names itself."),
                new Case(
                        "ParentCycle",
                        "parent = Right.class",
                        "[CursorkitPartitionsParentCycle] @Partitions(parent = Right.class) on Left makes a cycle:"
                                + " Right names Left as its parent in turn."),
                new Case(
                        "ParentSliced",
                        "parent = Months.class",
                        "[CursorkitPartitionsParentSplit] @Partitions(parent = Months.class): Months has @Slices, but a"
                                + " parent is read whole"),
                new Case(
                        "ParentPartitioned",
                        "parent = Accounts.class",
                        "[CursorkitPartitionsParentSplit] @Partitions(parent = Accounts.class): Accounts has"
                                + " @Partitions, but a parent is read whole"),
                new Case(
                        "ParentWrongParameter",
                        "public List<String> names(List<Row> rows)",
                        "[CursorkitPartitionsParentParameter] @Partitions method names takes (List<Row> rows), but its"
                                + " parent Accounts gives records of type Row. Write"
                                + " names(java.util.stream.Stream<Row> accounts)"),
                new Case(
                        "ParentNoParameter",
                        "public List<String> names()",
                        "[CursorkitPartitionsParentParameter] @Partitions method names takes (), but its parent"
                                + " Accounts gives records of type Row."),
                new Case(
                        "ReadWithoutPartition",
                        "public Iterable<Row> read(LocalDate since)",
                        "[CursorkitReadWithoutPartition] read takes (LocalDate since), but the stream has @Partitions"
                                + " method accounts: read must take the partition first, so that it reads one"
                                + " partition from that partition's since. Write read(String partition, LocalDate"
                                + " since) or read(String partition)."));
    }

    static Stream<Arguments> arguments() {
        return cases().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void misuseIsAnErrorOnTheOffendingLine(Case misuse) {
        List<JavaFileObject> files = new ArrayList<>();
        for (String file : List.of("Config", "Row", "Plain", misuse.file())) {
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
