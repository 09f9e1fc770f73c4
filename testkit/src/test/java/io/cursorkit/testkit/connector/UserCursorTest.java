package io.cursorkit.testkit.connector;

import static io.cursorkit.testkit.connector.CasesConnectorTest.CONNECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.FarFutureCheck;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code user_cursor}, a stream whose user chooses the cursor ({@code day} by default, or the
 * auto-increment {@code seq}), run as a process: for each choice, kills at every checkpoint and at
 * random lines lose nothing and commit nothing twice, and a far-future state yields nothing; a
 * change of choice between syncs reads the stream from its start, never filtering by the other
 * property; a choice that is none is a config_error.
 */
class UserCursorTest {
    @TempDir
    Path dir;

    CasesData data;
    JsonNode discovered;

    @BeforeEach
    void setUp() {
        data = new CasesData(dir).standard();
        discovered = CONNECTOR.discover(data.config()).assertValidProtocol().catalog();
    }

    JsonNode catalog(String cursor) {
        return ConfiguredCatalogBuilder.from(discovered)
                .only("user_cursor")
                .cursorField("user_cursor", cursor)
                .build();
    }

    @Test
    void discoverLetsTheUserChooseWithDayAsTheDefault() {
        for (JsonNode stream : discovered.path("streams")) {
            if (stream.path("name").asText().equals("user_cursor")) {
                assertFalse(stream.path("source_defined_cursor").asBoolean(true));
                assertEquals("[\"day\"]", stream.path("default_cursor_field").toString());
                assertEquals(
                        "[[\"seq\"]]", stream.path("source_defined_primary_key").toString());
                return;
            }
        }
        throw new AssertionError("no user_cursor in " + discovered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"day", "seq"})
    void killsLoseNothingAndCommitNothingTwiceWhateverTheChoice(String cursor) {
        JsonNode catalog = catalog(cursor);
        ConnectorRun reference =
                CONNECTOR.read(data.config(), catalog).assertValidProtocol().assertSucceeded();
        JsonNode state = reference.lastStreamState("user_cursor").orElseThrow();
        assertEquals(cursor, state.at("/cursorkit/cursor_field").asText(), state.toString());
        assertTrue(state.has(cursor), "the state holds the chosen cursor: " + state);
        ResumeReport report = ResumeChecker.of(CONNECTOR, data.config(), catalog)
                .parallelism(2)
                .checkpointKills(4)
                .randomKills(2)
                .killsPerScenario(2)
                .seed(cursor.hashCode())
                .failingConfig(data.failing("user_cursor", 7))
                .check();
        System.out.printf(
                "user_cursor by %s: %s, max uncommitted per kill %d (bound 4), max committed duplicates %d%n",
                cursor, report, report.maxUncommitted("user_cursor"), report.maxCommittedDuplicates("user_cursor"));
        assertTrue(report.maxUncommitted("user_cursor") <= 4, report.scenarios().toString());
        assertEquals(
                0,
                report.maxCommittedDuplicates("user_cursor"),
                report.scenarios().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"day", "seq"})
    void aFarFutureStateOfEitherChoiceYieldsNothing(String cursor) {
        ConnectorRun run =
                FarFutureCheck.of(CONNECTOR, data.config(), catalog(cursor)).check();
        assertEquals(0, run.records("user_cursor").size());
    }

    @Test
    void changingTheChoiceReadsFromTheStartAndThenResumesByTheNewCursor() {
        ConnectorRun byDay = CONNECTOR.read(data.config(), catalog("day")).assertSucceeded();
        JsonNode dayState = byDay.lastState();
        assertEquals(36, byDay.records("user_cursor").size());

        ConnectorRun bySeq = CONNECTOR
                .read(data.config(), catalog("seq"), dayState)
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(36, bySeq.records("user_cursor").size(), "a day cursor never filters by seq");
        List<String> warnings = bySeq.logLines().stream()
                .filter(line -> line.contains("the state holds the cursor of 'day'"))
                .toList();
        assertEquals(1, warnings.size(), bySeq.logLines().toString());
        assertTrue(warnings.get(0).contains("chooses 'seq' (cursor_field)"), warnings.get(0));
        JsonNode seqState = bySeq.lastStreamState("user_cursor").orElseThrow();
        assertEquals("seq", seqState.at("/cursorkit/cursor_field").asText());

        data.append("user_cursor", List.of("AAPL,37,2023-06-01,1", "MSFT,38,2024-01-03,2"));
        ConnectorRun next =
                CONNECTOR.read(data.config(), catalog("seq"), bySeq.lastState()).assertSucceeded();
        Set<Long> seqs = new HashSet<>();
        next.records("user_cursor").forEach(r -> seqs.add(r.path("seq").asLong()));
        // by seq, a row with an old day is new: a day cursor would have missed seq 37
        assertEquals(Set.of(37L, 38L), seqs, next.records("user_cursor").toString());
    }

    @Test
    void aCursorFieldThatIsNoChoiceIsAConfigErrorListingTheChoices() {
        for (String[] path : new String[][] {{"value"}, {"day", "year"}}) {
            JsonNode catalog = ConfiguredCatalogBuilder.from(discovered)
                    .only("user_cursor")
                    .cursorField("user_cursor", path)
                    .build();
            ConnectorRun run = CONNECTOR.read(data.config(), catalog).assertValidProtocol();
            JsonNode error = run.assertFailedWith("config_error");
            String message = error.path("message").asText();
            assertTrue(message.contains("Choose one of \"day\" (the default), \"seq\""), message);
            assertTrue(run.records().isEmpty());
        }
    }
}
