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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code @CursorWindow} diagnostics (counted by {@link DiagnosticsTest}'s check that every
 * message has a case): an error with its tag and fix on the line of the annotation value at fault;
 * and what a well-formed window generates.
 */
class WindowDiagnosticsTest {

    static Stream<Misuse> cases() {
        return Stream.of(
                new Misuse(
                        "WindowWithoutCursor",
                        "@CursorWindow",
                        "[CursorkitWindowWithoutCursor] @CursorWindow on WindowWithoutCursor, whose record type Plain"
                                + " has no @CursorField"),
                new Misuse(
                        "WindowNoConfig",
                        "@CursorWindow",
                        "[CursorkitWindowConfig] @CursorWindow on WindowNoConfig reads config properties, but"
                                + " WindowNoConfig has no public constructor taking the @Connector type. Add public"
                                + " WindowNoConfig(<YourConfig> config)."),
                new Misuse(
                        "WindowUnknownProperty",
                        "start = \"start_dat\"",
                        "[CursorkitWindowPropertyUnknown] @CursorWindow(start = \"start_dat\"): WindowConfig has no"
                                + " JSON property \"start_dat\". Did you mean \"start_date\"?"),
                new Misuse(
                        "WindowStartType",
                        "start = \"host\"",
                        "[CursorkitWindowPropertyType] @CursorWindow(start = \"host\"): the config property has type"
                                + " java.lang.String, but the cursor day is LocalDate, so start must be a LocalDate,"
                                + " the cursor's type."),
                new Misuse(
                        "WindowLookbackType",
                        "lookback = \"ratio\"",
                        "[CursorkitWindowPropertyType] @CursorWindow(lookback = \"ratio\"): the config property has"
                                + " type java.lang.Double, but the cursor day is LocalDate, so lookback must be a whole"
                                + " number of days (int, long) or an ISO-8601 duration String"),
                new Misuse(
                        "WindowLookbackOnString",
                        "lookback = \"lookback_days\"",
                        "so lookback must be absent: a String cursor has no distance to go back by"),
                new Misuse(
                        "WindowMargin",
                        "futureMargin = \"5 minutes\"",
                        "[CursorkitWindowFutureMargin] @CursorWindow(futureMargin = \"5 minutes\") is not an ISO-8601"
                                + " duration."));
    }

    static Stream<Arguments> arguments() {
        return cases().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void misuseIsAnErrorOnTheOffendingLine(Misuse misuse) {
        misuse.assertErrorOnItsLine("WindowConfig", "Row", "Plain", "WindowEvent", "WindowCoded");
    }

    @Test
    void aWindowHandsTheConfigValuesToTheRuntime() {
        Compilation compilation = compile("WindowGood");
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("diag.WindowGood_Stream")
                .contentsAsUtf8String()
                .contains("return WindowBounds.of(\n"
                        + "                \"window_good\",\n"
                        + "                OffsetDateTime.class,\n"
                        + "                \"start_date\", WindowBounds.offsetStartOfDay(config.startDate()),\n"
                        + "                \"end_date\", WindowBounds.offsetStartOfDay(config.endDate()),\n"
                        + "                \"lookback\", config.lookback(),\n"
                        + "                \"PT5M\");");
    }

    private static Compilation compile(String stream) {
        List<JavaFileObject> files = new ArrayList<>();
        for (String file : List.of("WindowConfig", "Row", "Plain", "WindowEvent", "WindowCoded", stream)) {
            files.add(Sources.file("diag/" + file + ".java"));
        }
        return Compiler.javac().withProcessors(new CursorkitProcessor()).compile(files);
    }
}
