package io.cursorkit.processor.diagnostics;

import java.util.stream.Stream;
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

    static Stream<Misuse> cases() {
        return Stream.of(
                new Misuse(
                        "CursorOptionNotRecord",
                        "final class ById",
                        "[CursorkitCursorOptionNotRecord] ById, an option of the cursor choice Choice, is a class."
                                + " Make each option a record"),
                new Misuse(
                        "CursorOptionMissing",
                        "record ById(Long since)",
                        "[CursorkitCursorOptionMissing] ById, an option of the cursor choice Choice, has no"
                                + " @CursorOption. Annotate it with @CursorOption(\"<property>\") naming the property of"
                                + " ChoiceRow it stands for"),
                new Misuse(
                        "CursorOptionUnknown",
                        "@CursorOption(\"dya\")",
                        "[CursorkitCursorOptionUnknown] @CursorOption names \"dya\", which is not a JSON property of"
                                + " ChoiceRow. Did you mean \"day\"? Properties that can serve as a cursor: id, day,"
                                + " name."),
                new Misuse(
                        "CursorOptionType",
                        "@CursorOption(\"tags\")",
                        "[CursorkitCursorOptionType] @CursorOption names \"tags\", whose type List<String> cannot be a"
                                + " cursor"),
                new Misuse(
                        "CursorOptionDuplicate",
                        "record Date(LocalDate since)",
                        "[CursorkitCursorOptionDuplicate] options Day and Date of the cursor choice Choice both stand"
                                + " for \"day\". Keep one option per property."),
                new Misuse(
                        "CursorOptionComponent",
                        "record ById(long since)",
                        "[CursorkitCursorOptionComponent] ById stands for \"id\" of type long, so it holds exactly one"
                                + " component, that property's since, of the boxed type: (Long since). Found (long"
                                + " since)."),
                new Misuse(
                        "CursorChoiceUnused",
                        "public sealed interface Choice",
                        "[CursorkitCursorChoiceUnused] Choice lists cursor options, but read does not take it"),
                new Misuse(
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
    void misuseIsAnErrorOnTheOffendingLine(Misuse misuse) {
        misuse.assertErrorOnItsLine("Config", "Row", "ChoiceRow");
    }
}
