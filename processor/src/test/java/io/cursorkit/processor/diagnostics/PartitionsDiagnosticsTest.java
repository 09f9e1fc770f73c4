package io.cursorkit.processor.diagnostics;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code @Partitions} diagnostics, as {@link DiagnosticsTest} checks the others (which counts
 * these cases when it asks that every message of the catalogue has one): an error with its tag and
 * fix, on the line of the offending element or annotation value.
 */
class PartitionsDiagnosticsTest {

    static Stream<Misuse> cases() {
        return Stream.of(
                new Misuse("PartitionsStatic", "public static List<String> accounts()", "[CursorkitPartitionsStatic]"),
                new Misuse("PartitionsNotPublic", "List<String> accounts()", "[CursorkitPartitionsNotPublic]"),
                new Misuse(
                        "PartitionsTwice",
                        "public List<String> repositories()",
                        "[CursorkitPartitionsDuplicate] @Stream class PartitionsTwice has more than one @Partitions"),
                new Misuse(
                        "PartitionsWrongReturn",
                        "public String[] accounts()",
                        "[CursorkitPartitionsReturnType] @Partitions method accounts returns String[]. Return"
                                + " List<P>, Iterable<P> or java.util.stream.Stream<P>"),
                new Misuse(
                        "PartitionsWithParameter",
                        "public List<String> accounts(LocalDate since)",
                        "[CursorkitPartitionsParameters] @Partitions method accounts takes (LocalDate since). Write it"
                                + " without parameters"),
                new Misuse(
                        "PartitionsWithSlices",
                        "public List<String> accounts()",
                        "[CursorkitPartitionsWithSlices] @Stream class PartitionsWithSlices has both @Partitions and"
                                + " @Slices"),
                new Misuse(
                        "PartitionsWithoutCursor",
                        "@Partitions",
                        "[CursorkitPartitionsWithoutCursor] @Partitions on PartitionsWithoutCursor, whose record type"
                                + " Plain has no @CursorField"),
                new Misuse(
                        "PartitionsMaxInState",
                        "maxInState = 0",
                        "[CursorkitPartitionsMaxInState] @Partitions(maxInState = 0) must be at least 1"),
                new Misuse(
                        "ParentNotStream",
                        "parent = Plain.class",
                        "[CursorkitPartitionsParentNotStream] @Partitions(parent = Plain.class) names a class without"
                                + " @Stream. Name a @Stream class of this connector"),
                new Misuse(
                        "ParentSelf",
                        "parent = ParentSelf.class",
                        "[CursorkitPartitionsParentCycle] @Partitions(parent = ParentSelf.class) on ParentSelf makes a"
                                + " cycle: ParentSelf names itself."),
                new Misuse(
                        "ParentCycle",
                        "parent = Right.class",
                        "[CursorkitPartitionsParentCycle] @Partitions(parent = Right.class) on Left makes a cycle:"
                                + " Right names Left as its parent in turn."),
                new Misuse(
                        "ParentSliced",
                        "parent = Months.class",
                        "[CursorkitPartitionsParentSplit] @Partitions(parent = Months.class): Months has @Slices, but a"
                                + " parent is read whole"),
                new Misuse(
                        "ParentPartitioned",
                        "parent = Accounts.class",
                        "[CursorkitPartitionsParentSplit] @Partitions(parent = Accounts.class): Accounts has"
                                + " @Partitions, but a parent is read whole"),
                new Misuse(
                        "ParentWrongParameter",
                        "public List<String> names(List<Row> rows)",
                        "[CursorkitPartitionsParentParameter] @Partitions method names takes (List<Row> rows), but its"
                                + " parent Accounts gives records of type Row. Write"
                                + " names(java.util.stream.Stream<Row> accounts)"),
                new Misuse(
                        "ParentNoParameter",
                        "public List<String> names()",
                        "[CursorkitPartitionsParentParameter] @Partitions method names takes (), but its parent"
                                + " Accounts gives records of type Row."),
                new Misuse(
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
    void misuseIsAnErrorOnTheOffendingLine(Misuse misuse) {
        misuse.assertErrorOnItsLine("Config", "Row", "Plain");
    }
}
