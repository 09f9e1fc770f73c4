package io.cursorkit.testkit;

import static io.cursorkit.testkit.FakeSources.PROCESS;
import static io.cursorkit.testkit.FakeSources.catalog;
import static io.cursorkit.testkit.FakeSources.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.LongNode;
import org.junit.jupiter.api.Test;

class FarFutureCheckTest {
    @Test
    void aConnectorThatHonoursTheStatePasses() {
        ConnectorRun run = FarFutureCheck.of(PROCESS, config(5, 2, "none"), catalog("items", "notes"))
                .check();
        assertEquals(0, run.records().size());
        assertEquals(
                Long.MAX_VALUE,
                run.lastStreamState("items").orElseThrow().path("seq").asLong());
    }

    @Test
    void aConnectorThatIgnoresTheStateFails() {
        AssertionError e = assertThrows(
                AssertionError.class, () -> FarFutureCheck.of(PROCESS, config(5, 2, "far_ignored"), catalog("items"))
                        .cursor("items", LongNode.valueOf(1_000_000))
                        .check());
        assertTrue(
                e.getMessage().contains("stream 'items' emitted 5 records from a state at cursor 1000000"),
                e.getMessage());
        assertTrue(e.getMessage().contains("a state must never move back"), e.getMessage());
    }
}
