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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The child stream {@code invoices} of the parent {@code accounts}, as a process: its partitions are
 * the accounts, the parent is read from the cursor the child's state keeps, and no invoice is lost
 * whether or not its account changed.
 */
class ParentChildConnectorTest {
    @TempDir
    Path dir;

    CasesData data;

    @BeforeEach
    void setUp() {
        data = new CasesData(dir).standard();
    }

    private JsonNode catalog(String... streams) {
        return ConfiguredCatalogBuilder.from(CONNECTOR.discover(data.config()).catalog())
                .only(streams)
                .build();
    }

    private static List<String> invoices(ConnectorRun run) {
        List<String> out = new ArrayList<>();
        for (JsonNode invoice : run.records("invoices")) {
            out.add(invoice.path("account").asLong() + "#"
                    + invoice.path("number").asLong());
        }
        return out;
    }

    @Test
    void theChildAloneReadsEveryAccountsInvoicesAndEmitsNoAccount() {
        ConnectorRun run = CONNECTOR
                .read(data.config(), catalog("invoices"))
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(40, run.records("invoices").size());
        assertTrue(run.records("accounts").isEmpty(), "the parent is not selected");
        JsonNode state = run.lastStreamState("invoices").orElseThrow();
        assertEquals(6, state.path("cursorkit").path("partitions").size(), state.toString());
        assertEquals(6, state.path("cursorkit").path("parent").asLong(), "the parent's highest seq");
    }

    @Test
    void theNextSyncReadsTheParentFromItsCursorAndLosesNoInvoice() {
        JsonNode catalog = catalog("invoices");
        ConnectorRun first = CONNECTOR.read(data.config(), catalog).assertSucceeded();
        data.append("accounts", List.of("7,7,seven")); // a new account
        data.append(
                "invoices",
                List.of(
                        "7,1,41", // its invoice, below every cursor
                        "5,1,42", // account 5 had none, and has not changed
                        "1,99,43")); // account 1 has not changed
        ConnectorRun second = CONNECTOR
                .read(data.config(), catalog, first.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(List.of("1#43", "5#42", "7#41"), invoices(second));
        assertTrue(
                second.logLines().stream().anyMatch(l -> l.contains("parent read from seq 6 on (2 records)")),
                second.logLines().toString());
    }

    /** Parent and child in one sync, killed anywhere, and the parent failing under both. */
    @Test
    void killedOrWithAFailingParentTheNextSyncLosesNoneAndCommitsNoneTwice() {
        ResumeReport report = ResumeChecker.of(CONNECTOR, data.config(), catalog("accounts", "invoices"))
                .parallelism(2)
                .checkpointKills(4)
                .randomKills(1)
                .seed(61567)
                .failingConfig(data.failing("accounts", 3))
                .check();
        assertEquals(0, report.maxCommittedDuplicates("invoices"));
        assertTrue(report.maxUncommitted("invoices") <= 2, report.scenarios().toString());
    }

    @Test
    void theParentSelectedTooHasItsOwnRecordsAndStateAndTheChildIsUnchanged() {
        ConnectorRun both = CONNECTOR
                .read(data.config(), catalog("accounts", "invoices"))
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(6, both.records("accounts").size());
        assertEquals(40, both.records("invoices").size());
        JsonNode accounts = both.lastStreamState("accounts").orElseThrow();
        assertEquals(6, accounts.path("seq").asLong());
        assertFalse(accounts.has("cursorkit") && accounts.path("cursorkit").has("parent"));
        // the parent's own state far ahead does not steer the child
        data.append("invoices", List.of("3,99,44"));
        ConnectorRun again = CONNECTOR
                .read(data.config(), catalog("accounts", "invoices"), both.lastState())
                .assertSucceeded();
        assertEquals(List.of(), again.records("accounts"));
        assertEquals(List.of("3#44"), invoices(again));
    }
}
