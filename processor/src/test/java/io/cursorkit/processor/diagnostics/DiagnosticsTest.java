package io.cursorkit.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.cursorkit.processor.CursorkitProcessor;
import io.cursorkit.processor.Sources;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagnostic of the catalogue: compiled from {@code src/test/resources/diag}, it is an error
 * with its tag and fix, on the line of the offending element or annotation value.
 */
class DiagnosticsTest {
    /** One misuse: the files to compile, the file at fault, the line, and what the message says. */
    private record Case(List<String> files, String file, String line, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    private static Case stream(String file, String line, String message, String... extra) {
        List<String> files = new ArrayList<>(List.of("Config", "Row", file));
        files.addAll(List.of(extra));
        return new Case(files, file, line, message);
    }

    private static Case only(List<String> files, String file, String line, String message) {
        return new Case(files, file, line, message);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                        stream(
                                "OnInterface",
                                "@Stream",
                                "[CursorkitStreamNotClass] @Stream applies to a class, but"
                                        + " OnInterface is an interface. Declare the stream as a public class"),
                        stream("Abstract", "public abstract class Abstract", "[CursorkitStreamAbstract]"),
                        stream(
                                "NotPublic",
                                "final class NotPublic",
                                "[CursorkitStreamNotPublic] @Stream class"
                                        + " NotPublic is not public. Declare it public"),
                        stream(
                                "NoConstructor",
                                "public final class NoConstructor",
                                "[CursorkitStreamConstructor]"
                                        + " @Stream class NoConstructor has no public constructor that takes no argument or"
                                        + " takes the @Connector type. Add public NoConstructor()"),
                        stream(
                                "NoRead",
                                "public final class NoRead",
                                "[CursorkitReadMissing] @Stream class NoRead" + " has no public method named read"),
                        stream("TwoReads", "read(LocalDate since)", "[CursorkitReadDuplicate]"),
                        stream(
                                "WrongReturn",
                                "public Row read()",
                                "[CursorkitReadReturnType] read returns Row."
                                        + " Return Iterable<R>, Iterator<R> or java.util.stream.Stream<R>"),
                        stream(
                                "SliceWithoutSlices",
                                "String region",
                                "[CursorkitReadSliceWithoutSlices] read takes"
                                        + " a slice parameter of type String, but the stream has no @Slices method. Add a"
                                        + " public @Slices method returning List<String>"),
                        stream(
                                "SinceWrongType",
                                "Instant since",
                                "[CursorkitReadSinceType] read's since parameter"
                                        + " is Instant, but the cursor field day is LocalDate. Declare it as LocalDate since."),
                        stream(
                                "TooManyParameters",
                                "int offset",
                                "[CursorkitReadParameters] read(LocalDate since,"
                                        + " int limit, int offset) does not match any allowed form. Write read() or"
                                        + " read(LocalDate since)."),
                        stream(
                                "ReadsStrings",
                                "public List<String> read()",
                                "[CursorkitReadReturnType] read returns List<String>."),
                        stream(
                                "SameJsonName",
                                "record Clash",
                                "[CursorkitPropertyDuplicate] JSON property \"name\" appears twice in Clash (first and"
                                        + " second)"),
                        stream(
                                "TwoCursors",
                                "record Twice",
                                "[CursorkitCursorDuplicate] Twice has more than one"
                                        + " @CursorField (created and updated)"),
                        stream(
                                "CursorNotComparable",
                                "record Tagged",
                                "[CursorkitCursorNotComparable] @CursorField"
                                        + " Tagged.tags has type java.util.List<java.lang.String>, which is not Comparable"),
                        stream(
                                "CursorNoJsonForm",
                                "record Keyed",
                                "[CursorkitCursorNoJsonForm] @CursorField" + " Keyed.id has type java.util.UUID"),
                        stream(
                                "SecretInRecord",
                                "@Secret String token",
                                "[CursorkitSecretOutsideConfig] @Secret on Account.token, a property of a record"),
                        stream(
                                "CursorIgnored",
                                "record Hidden",
                                "[CursorkitCursorIgnored] @CursorField Hidden.day" + " is also @JsonIgnore"),
                        stream("NoProperties", "public Iterable<Nothing> read()", "[CursorkitRecordNoProperties]"),
                        stream(
                                "CheckpointZero",
                                "@CheckpointInterval(0)",
                                "[CursorkitCheckpointInterval]" + " @CheckpointInterval(0) must be at least 1"),
                        stream(
                                "CheckpointWithoutCursor",
                                "@CheckpointInterval(500)",
                                "[CursorkitCheckpointIntervalWithoutCursor] @CheckpointInterval on"
                                        + " CheckpointWithoutCursor, whose record type Plain has no @CursorField",
                                "Plain"),
                        stream("SlicesStatic", "public static List<String> regions()", "[CursorkitSlicesStatic]"),
                        stream("SlicesNotPublic", "List<String> regions()", "[CursorkitSlicesNotPublic]"),
                        stream("SlicesTwice", "countries()", "[CursorkitSlicesDuplicate]"),
                        stream(
                                "SlicesWrongReturn",
                                "String[] regions()",
                                "[CursorkitSlicesReturnType] @Slices"
                                        + " method regions returns String[]. Return List<S>, Iterable<S>"),
                        stream(
                                "SlicesWrongParameter",
                                "regions(String country)",
                                "[CursorkitSlicesParameters]"
                                        + " @Slices method regions takes (String country). Write () or (LocalDate since)."),
                        stream(
                                "PrimaryKeyTypo",
                                "nmae",
                                "[CursorkitPrimaryKeyUnknown] primaryKey names \"nmae\","
                                        + " which is not a JSON property of Row. Did you mean \"name\"? Properties: day,"
                                        + " name, tags."),
                        stream("PrimaryKeyNotScalar", "primaryKey = \"tags\"", "[CursorkitPrimaryKeyNotScalar]"),
                        stream(
                                "BadName",
                                "stock prices",
                                "[CursorkitStreamName] stream name \"stock prices\" is not" + " valid"),
                        stream(
                                "SameNameB",
                                "@Stream(name = \"rows\")",
                                "[CursorkitStreamNameDuplicate] stream name"
                                        + " \"rows\" is used by both SameNameA and SameNameB",
                                "SameNameA"),
                        only(
                                List.of("Row", "SameNameA"),
                                "SameNameA",
                                "@Stream",
                                "[CursorkitConnectorMissing]"
                                        + " @Stream SameNameA needs a @Connector type in the same compilation"),
                        stream(
                                "SecondConfig",
                                "@Connector",
                                "[CursorkitConnectorDuplicate] @Connector on"
                                        + " SecondConfig, but diag.Config is already the @Connector type",
                                "Good"),
                        stream(
                                "TakesSecondConfig",
                                "public final class TakesSecondConfig",
                                "[CursorkitStreamConfigType] @Stream TakesSecondConfig takes SecondConfig",
                                "SecondConfig"),
                        only(
                                List.of("ConcurrencyClash"),
                                "ConcurrencyClash",
                                "int concurrency",
                                "[CursorkitConcurrencyProperty] config property concurrency is named \"concurrency\","
                                        + " the property that @Connector(maxConcurrency = 4) adds"),
                        only(
                                List.of("MaxConcurrencyZero"),
                                "MaxConcurrencyZero",
                                "maxConcurrency = 0",
                                "[CursorkitMaxConcurrency] @Connector(maxConcurrency = 0) must be from 1 to 64"),
                        only(
                                List.of("BadConnectorName"),
                                "BadConnectorName",
                                "Stock Prices",
                                "[CursorkitConnectorName] @Connector name \"Stock Prices\" is not valid"),
                        only(
                                List.of("InnerConfig"),
                                "InnerConfig",
                                "@Connector",
                                "[CursorkitConnectorType] @Connector applies to a record or a public class with a public"
                                        + " no-arg constructor and setters, but Settings is an inner class (not static)"),
                        only(
                                List.of("NotCreatableConfig"),
                                "NotCreatableConfig",
                                "public record NotCreatableConfig",
                                "[CursorkitConfigType] config property NotCreatableConfig.endpoint has type"
                                        + " diag.NotCreatableConfig.Endpoint"),
                        stream(
                                "PrivateType",
                                "public record Reading",
                                "[CursorkitTypeNotAccessible] property Reading.level has type Level, which is private"),
                        only(
                                List.of("ConnectorInterface"),
                                "ConnectorInterface",
                                "@Connector",
                                "[CursorkitConnectorType]"),
                        stream(
                                "UnsupportedType",
                                "record Payload",
                                "[CursorkitUnsupportedType] property"
                                        + " Payload.body has type java.lang.Object, which has no JSON form"),
                        stream(
                                "RecursiveType",
                                "record Node",
                                "[CursorkitRecursiveType] property Node.children[]" + " refers back to Node"),
                        only(
                                List.of("ListOfListsConfig", "Plain"),
                                "ListOfListsConfig",
                                "record ListOfListsConfig",
                                "[CursorkitConfigType] config property ListOfListsConfig.servers has type"
                                        + " java.util.List<java.util.List<diag.Plain>>, which cannot be read from the"
                                        + " config."),
                        only(
                                List.of("ChoiceNotSealed"),
                                "ChoiceNotSealed",
                                "record ChoiceNotSealed",
                                "[CursorkitConfigChoiceNotSealed] config property ChoiceNotSealed.auth has type"
                                        + " diag.ChoiceNotSealed.Auth, an interface that is not sealed"),
                        only(
                                List.of("ChoiceOptionNotRecord"),
                                "ChoiceOptionNotRecord",
                                "public static final class Basic",
                                "[CursorkitConfigChoiceOption] Basic, an option of the sealed interface Auth, is a"
                                        + " class without a public no-arg constructor"),
                        only(
                                List.of("ChoiceDuplicateValue"),
                                "ChoiceDuplicateValue",
                                "value = \"key\"",
                                "[CursorkitConfigChoiceValueDuplicate] options Key and Other of Auth both have the"
                                        + " type value \"key\""),
                        only(
                                List.of("ChoiceDiscriminatorClash"),
                                "ChoiceDiscriminatorClash",
                                "String kind,",
                                "[CursorkitConfigChoiceDiscriminator] Key, an option of Auth, has its own property"
                                        + " \"kind\", which is the discriminator"),
                        only(
                                List.of("ChoiceTypeInfo"),
                                "ChoiceTypeInfo",
                                "Id.CLASS",
                                "[CursorkitConfigChoiceTypeInfo] @JsonTypeInfo on Auth has use = CLASS"),
                        only(
                                List.of("ChoiceInclude"),
                                "ChoiceInclude",
                                "include = JsonTypeInfo.As.EXISTING_PROPERTY",
                                "[CursorkitConfigChoiceTypeInfo] @JsonTypeInfo on Auth has include = EXISTING_PROPERTY,"
                                        + " but a config choice is told apart by a property holding a name, outside the"
                                        + " records' own properties."),
                        only(
                                List.of("BeanConfig"),
                                "BeanConfig",
                                "public class BeanConfig",
                                "[CursorkitConfigNotSettable] config property host of BeanConfig has no public"
                                        + " setter"),
                        stream(
                                "UnresolvedSlice",
                                "public final class UnresolvedSlice",
                                "[CursorkitUnresolvedType] UnresolvedSlice refers to a type that does not exist:"
                                        + " MissingSlice"),
                        stream(
                                "Unresolved",
                                "public final class Unresolved",
                                "[CursorkitUnresolvedType] Unresolved"
                                        + " refers to a type that does not exist: NotGeneratedYet"))
                .map(Arguments::of);
    }

    @Test
    void everyMessageOfTheCatalogueHasACaseAndAUniqueTag() {
        Set<String> covered = new HashSet<>();
        cases().forEach(arguments -> covered.add(tagOf(((Case) arguments.get()[0]).message())));
        covered.add(Message.LATE_ELEMENT.tag()); // RoundsTest: needs another processor
        PartitionsDiagnosticsTest.cases().forEach(c -> covered.add(tagOf(c.message())));
        OwnedStateDiagnosticsTest.cases().forEach(c -> covered.add(tagOf(c.message())));
        WindowDiagnosticsTest.cases()
                .filter(c -> c.message().startsWith("[")) // one case checks only the end of a message
                .forEach(c -> covered.add(tagOf(c.message())));
        ResumableDiagnosticsTest.cases().forEach(c -> covered.add(tagOf(c.message())));
        CursorChoiceDiagnosticsTest.cases().forEach(c -> covered.add(tagOf(c.message())));
        Set<String> tags = new HashSet<>();
        for (Message message : Message.values()) {
            assertTrue(tags.add(message.tag()), "unique tag " + message.tag());
            assertTrue(message.format("x", "x", "x", "x", "x", "x", "x", "x", "x", "x")
                    .startsWith("[" + message.tag() + "] "));
            if (message != Message.PROCESSOR_BUG) { // only a bug can trigger it
                assertTrue(covered.contains(message.tag()), message + " has a case");
            }
        }
    }

    private static String tagOf(String message) {
        return message.substring(1, message.indexOf(']'));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void misuseIsAnErrorOnTheOffendingLine(Case misuse) {
        List<JavaFileObject> files = new ArrayList<>();
        misuse.files().forEach(f -> files.add(Sources.file("diag/" + f + ".java")));
        Compilation compilation =
                Compiler.javac().withProcessors(new CursorkitProcessor()).compile(files);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(misuse.message())
                .inFile(Sources.file("diag/" + misuse.file() + ".java"))
                .onLineContaining(misuse.line());
    }
}
