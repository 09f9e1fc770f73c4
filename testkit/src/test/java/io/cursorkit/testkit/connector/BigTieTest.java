package io.cursorkit.testkit.connector;

import static io.cursorkit.testkit.connector.CasesConnectorTest.CONNECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More rows at one cursor value than a state holds keys for (10,000): the state leaves the keys
 * out, and a resume from it emits every row at that cursor again (at-least-once, documented).
 */
class BigTieTest {
    @TempDir
    Path dir;

    @Test
    void tiesBeyondTenThousandKeysAreEmittedAgainButNeverLost() {
        CasesData data = new CasesData(dir);
        List<String> rows = new ArrayList<>();
        for (int id = 1; id <= 12_000; id++) {
            rows.add(id + ",1,b" + id);
        }
        for (int id = 12_001; id <= 12_010; id++) {
            rows.add(id + ",2,b" + id);
        }
        data.write("big_tie", rows);
        JsonNode catalog = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).catalog())
                .only("big_tie")
                .build();
        ConnectorRun reference =
                CONNECTOR.read(data.config(), catalog).assertValidProtocol().assertSucceeded();
        List<JsonNode> states = reference.states("big_tie");
        JsonNode tenth = states.get(9).path("stream").path("stream_state");
        JsonNode eleventh = states.get(10).path("stream").path("stream_state");
        assertEquals(10_000, tenth.path("cursorkit").path("keys_at_cursor").size(), brief(tenth));
        assertFalse(eleventh.path("cursorkit").has("keys_at_cursor"), brief(eleventh));

        ResumeReport report = ResumeChecker.of(CONNECTOR, data.config(), catalog)
                .checkpointKills(0)
                .randomKills(0)
                .killAt(stateLine(reference, 10)) // 10,000 keys: exact
                .killAt(stateLine(reference, 11)) // 11,000 keys: left out
                .allowCommittedDuplicates("big_tie")
                .check();
        assertEquals(0, report.scenarios().get(0).committedDuplicates().getOrDefault("big_tie", 0));
        assertEquals(11_000, report.scenarios().get(1).committedDuplicates().get("big_tie"));
        assertTrue(report.maxUncommitted("big_tie") <= 1000, report.toString());
    }

    /** The 1-based stdout line of the n-th STATE (1-based) of a run. */
    private static int stateLine(ConnectorRun run, int n) {
        int seen = 0;
        List<JsonNode> messages = run.messages();
        for (int i = 0; i < messages.size(); i++) {
            if ("STATE".equals(messages.get(i).path("type").asText()) && ++seen == n) {
                return i + 1;
            }
        }
        throw new AssertionError("fewer than " + n + " states");
    }

    private static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
