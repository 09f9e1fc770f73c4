package io.cursorkit.processor.diagnostics;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagnostics of a stream's own state ({@code @StreamState}, {@code @StateVersion}, {@code
 * @StateMigration}), as {@link DiagnosticsTest} checks the others (which counts these cases when it
 * asks that every message of the catalogue has one).
 */
class OwnedStateDiagnosticsTest {

    static Stream<Misuse> cases() {
        return Stream.of(
                new Misuse(
                        "OwnedStateStatic",
                        "public static Pos state()",
                        "[CursorkitStreamStateMethod] @StreamState method state must be public, not static, and take"
                                + " no parameters"),
                new Misuse(
                        "OwnedStateTwice",
                        "public Pos position()",
                        "[CursorkitStreamStateDuplicate] @Stream class OwnedStateTwice has more than one @StreamState"),
                new Misuse(
                        "OwnedStateString",
                        "public String token()",
                        "[CursorkitStreamStateType] @StreamState method token returns String. Return a record"),
                new Misuse(
                        "OwnedStateReserved",
                        "public Pos reservedState()",
                        "[CursorkitStreamStateReserved] state type Pos has a property \"cursorkit\""),
                new Misuse(
                        "OwnedStateWithCursor",
                        "public Pos cursorAndState()",
                        "[CursorkitStreamStateWithCursor] @Stream class OwnedStateWithCursor has a @StreamState"
                                + " method, and its record type Row has @CursorField day"),
                new Misuse(
                        "StateVersionZero",
                        "@StateVersion(0)",
                        "[CursorkitStateVersion] @StateVersion(0) on Pos must be at least 1"),
                new Misuse(
                        "StateVersionOnStream",
                        "@StateVersion(2)",
                        "[CursorkitStateVersionOnStream] @StateVersion on @Stream class StateVersionOnStream, which"
                                + " has a @StreamState method"),
                new Misuse(
                        "StateVersionWithoutState",
                        "@StateVersion(1)",
                        "[CursorkitStateVersionWithoutState] @StateVersion on @Stream class StateVersionWithoutState,"
                                + " which keeps no state"),
                new Misuse(
                        "MigrationFromOnOwned",
                        "@StateMigration(from = 0)",
                        "[CursorkitStateMigrationFrom] @StateMigration(from = 0) on fromToken, a migration to the"
                                + " @StreamState type"),
                new Misuse(
                        "CursorMigrationWrongReturn",
                        "public static String fromEpochDay(long day)",
                        "[CursorkitCursorMigrationMethod] @StateMigration method fromEpochDay of a stream with"
                                + " @CursorField day must be public static, take one parameter (an older cursor value as"
                                + " a scalar, or the whole older state as a JsonNode) and return the cursor's type"
                                + " LocalDate. Found public static String fromEpochDay(long day)."),
                new Misuse(
                        "CursorMigrationWithoutVersion",
                        "public static LocalDate fromEpochDay(long day)",
                        "[CursorkitCursorMigrationWithoutVersion] @StateMigration method fromEpochDay is in"
                                + " CursorMigrationWithoutVersion, which has no @StateVersion"),
                new Misuse(
                        "CursorMigrationFromCurrent",
                        "@StateMigration(from = 2)",
                        "[CursorkitCursorMigrationFrom] @StateMigration(from = 2) on fromEpochDay: the stream's states"
                                + " are version 2, so a migration reads an older one, from 0 (states without a version)"
                                + " to 1."),
                new Misuse(
                        "CursorMigrationTwice",
                        "public static LocalDate fromState(JsonNode state)",
                        "[CursorkitStateMigrationDuplicate] @StateMigration methods fromEpochDay and fromState both"
                                + " migrate from version 1"),
                new Misuse(
                        "StateVersionTwice",
                        "public static Pos sameVersion(Old old)",
                        "[CursorkitStateVersionDuplicate] Pos and Old both have @StateVersion(2)"),
                new Misuse(
                        "MigrationNotStatic",
                        "public Pos fromToken(String token)",
                        "[CursorkitStateMigrationMethod] @StateMigration method fromToken must be public static, take"
                                + " one parameter"),
                new Misuse(
                        "MigrationWithoutState",
                        "public static Pos orphan(String token)",
                        "[CursorkitStateMigrationWithoutState] @StateMigration method orphan is in"
                                + " MigrationWithoutState, which has neither a @StreamState method nor a @CursorField"),
                new Misuse(
                        "MigrationBackwards",
                        "public static Old downgrade(Pos pos)",
                        "[CursorkitStateMigrationOrder] @StateMigration method downgrade migrates from Pos (version"
                                + " 2) to Old (version 1), which is not newer"),
                new Misuse(
                        "MigrationTwice",
                        "public static Pos upgradeAgain(Old old)",
                        "[CursorkitStateMigrationDuplicate] @StateMigration methods upgrade and upgradeAgain both"
                                + " migrate from Old (version 1)"),
                new Misuse(
                        "MigrationGap",
                        "public static V2 toVersion2(V1 old)",
                        "[CursorkitStateMigrationGap] @StateMigration method toVersion2 leads to V2 (version 2), but"
                                + " no @StateMigration starts from that version and it is not the current version 3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void misuseIsAnErrorOnTheOffendingLine(Misuse misuse) {
        misuse.assertErrorOnItsLine("Config", "Row", "Plain");
    }
}
