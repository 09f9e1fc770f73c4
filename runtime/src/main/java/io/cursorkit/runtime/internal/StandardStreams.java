package io.cursorkit.runtime.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Points {@code System.out}, {@code System.err} and the root {@code java.util.logging} logger at
 * the protocol while a command runs, and puts the previous ones back on {@link #close}: printed
 * lines become LOG INFO messages, log records LOG messages, and stderr lines are masked.
 */
final class StandardStreams implements AutoCloseable {
    private final PrintStream previousOut;
    private final PrintStream previousErr;
    private final Handler[] previousHandlers;
    private final Logger root;
    private final ProtocolLogHandler handler;
    private final PrintStream newOut;
    private final PrintStream newErr;

    private StandardStreams(ProtocolWriter out, PrintStream stderr) {
        previousOut = System.out;
        previousErr = System.err;
        root = Logger.getLogger("");
        previousHandlers = root.getHandlers();
        handler = new ProtocolLogHandler(out);
        newOut = new PrintStream(
                new LineOutputStream(line -> out.logFromAnyThread(ProtocolWriter.Level.INFO, line, null)),
                false,
                StandardCharsets.UTF_8);
        newErr = new PrintStream(
                new LineOutputStream(line -> stderr.println(out.masker().mask(line))), false, StandardCharsets.UTF_8);
    }

    static StandardStreams install(ProtocolWriter out, PrintStream stderr) {
        StandardStreams streams = new StandardStreams(out, stderr);
        for (Handler h : streams.previousHandlers) {
            streams.root.removeHandler(h);
        }
        streams.root.addHandler(streams.handler);
        System.setOut(streams.newOut);
        System.setErr(streams.newErr);
        return streams;
    }

    @Override
    public void close() {
        newOut.flush();
        newErr.flush();
        System.setOut(previousOut);
        System.setErr(previousErr);
        root.removeHandler(handler);
        for (Handler h : previousHandlers) {
            root.addHandler(h);
        }
    }
}
