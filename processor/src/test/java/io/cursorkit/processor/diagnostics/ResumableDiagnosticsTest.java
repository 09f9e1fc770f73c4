package io.cursorkit.processor.diagnostics;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code @ResumableFullRefresh} diagnostics, as {@link DiagnosticsTest} checks the others (which
 * counts these cases when it asks that every message of the catalogue has one): an error with its
 * tag and fix, on the line of the offending element or annotation value.
 */
class ResumableDiagnosticsTest {

    static Stream<Misuse> cases() {
        return Stream.of(
                new Misuse(
                        "ResumableWithCursor",
                        "@ResumableFullRefresh",
                        "[CursorkitResumableWithCursor] @ResumableFullRefresh on ResumableWithCursor, whose record"
                                + " type Row has @CursorField day: synced incremental, the stream already resumes"
                                + " from its cursor."),
                new Misuse(
                        "ResumableWithStreamState",
                        "public Page page()",
                        "[CursorkitResumableWithStreamState] @ResumableFullRefresh on ResumableWithStreamState, which"
                                + " also has the @StreamState method page"),
                new Misuse(
                        "ResumableWithoutKey",
                        "@ResumableFullRefresh",
                        "[CursorkitResumableWithoutKey] @ResumableFullRefresh on ResumableWithoutKey, which declares"
                                + " no primaryKey"),
                new Misuse(
                        "ResumableCompositeKey",
                        "primaryKey = {\"region\", \"id\"}",
                        "[CursorkitResumableCompositeKey] @ResumableFullRefresh on ResumableCompositeKey, whose"
                                + " primaryKey has 2 properties (region, id): a full refresh stream resumes after a"
                                + " key of one property."),
                new Misuse(
                        "ResumableWithoutInterval",
                        "@ResumableFullRefresh",
                        "[CursorkitResumableWithoutInterval] @ResumableFullRefresh on ResumableWithoutInterval"
                                + " without @CheckpointInterval"),
                new Misuse(
                        "ResumableWithSlices",
                        "public List<String> regions()",
                        "[CursorkitResumableWithSlices] @ResumableFullRefresh on ResumableWithSlices, which also has"
                                + " the @Slices method regions"),
                new Misuse(
                        "ReadAfterWrongType",
                        "long after",
                        "[CursorkitReadAfterType] read's parameter is long, but the stream is @ResumableFullRefresh"
                                + " with primary key size of type Long, which read receives to resume after. Declare"
                                + " it as Long after"),
                new Misuse(
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
    void misuseIsAnErrorOnTheOffendingLine(Misuse misuse) {
        misuse.assertErrorOnItsLine("Config", "Row", "Plain", "Listing");
    }
}
