package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProtocolWriterTest {
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ProtocolWriter out = new ProtocolWriter(stdout);
    final StreamDescriptor stream = new StreamDescriptor("s", null);

    String[] lines() {
        return stdout.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void aRecordWhoseWritingFailsLeavesNothingBehind() throws IOException {
        out.record(stream, TestStream.Writer.INSTANCE, Row.of("A", "2024-01-01"));
        Row bad = new Row("B", LocalDate.parse("2024-01-02"), -1);
        assertThrows(IllegalStateException.class, () -> out.record(stream, TestStream.Writer.INSTANCE, bad));
        out.record(stream, TestStream.Writer.INSTANCE, Row.of("C", "2024-01-03"));
        out.flush();
        String[] lines = lines();
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("\"ticker\":\"A\"") && lines[1].contains("\"ticker\":\"C\""), lines[1]);
        ProtocolCapture.validate(stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void bytesReachStdoutAtStatesNotAtEveryRecord() throws IOException {
        out.record(stream, TestStream.Writer.INSTANCE, Row.of("A", "2024-01-01"));
        assertEquals(0, stdout.size(), "records are buffered");
        out.state(stream, g -> g.writeRawValue("{}"), 1);
        assertEquals(2, lines().length, "a STATE pushes everything out");
    }

    @Test
    void manyLinesQueuedByAnotherThreadAreWrittenAtTheNextMessage() throws Exception {
        int count = ProtocolWriter.MAX_QUEUED_LINES;
        Thread other = new Thread(() -> {
            for (int i = 0; i < count; i++) {
                out.logFromAnyThread(ProtocolWriter.Level.INFO, "line " + i, null);
            }
        });
        other.start();
        other.join();
        assertEquals(0, stdout.size(), "queued, not written by the other thread");
        out.streamStatus(stream, ProtocolWriter.Status.STARTED);
        String[] lines = lines();
        assertEquals(count + 1, lines.length);
        assertTrue(lines[0].contains("STARTED"));
        assertTrue(lines[count].contains("\"line " + (count - 1) + "\""));
    }

    @Test
    void linesLoggedAfterCloseGoToStderrNotStdout() throws Exception {
        out.close();
        int before = stdout.size();
        Thread other = new Thread(() -> out.logFromAnyThread(ProtocolWriter.Level.INFO, "late", null));
        other.start();
        other.join();
        assertEquals(before, stdout.size());
    }

    @Test
    void linesBeyondTheQueueBoundGoToStderr() throws Exception {
        java.io.PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Thread other = new Thread(() -> {
                for (int i = 0; i < ProtocolWriter.MAX_QUEUED_LINES + 3; i++) {
                    out.logFromAnyThread(ProtocolWriter.Level.INFO, "line " + i, null);
                }
            });
            other.start();
            other.join();
        } finally {
            System.setErr(err);
        }
        assertEquals(3, captured.toString(StandardCharsets.UTF_8).split("\n").length);
        out.flush();
        assertEquals(ProtocolWriter.MAX_QUEUED_LINES, lines().length);
    }
}
