package io.cursorkit.runtime.internal;

import io.cursorkit.runtime.spi.ConnectorDefinition;
import io.cursorkit.runtime.spi.Runner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@code check} and {@code read} once {@link Runner} has ruled out {@code spec} and {@code
 * discover}: it sets up the protocol writer and the standard-stream redirection, runs the command
 * and turns whatever escapes into a protocol message (or, when stdout itself failed, a line on
 * stderr). Only {@link Runner} calls it; connector authors and generated code never do.
 */
public final class Engine {
    private Engine() {}

    /**
     * Runs {@code args} writing protocol messages to {@code stdout} and diagnostics to {@code
     * stderr}; returns the exit status. {@code System.out}, {@code System.err} and the logging
     * handlers are put back when it returns.
     */
    public static <G> int run(
            String[] args, ConnectorDefinition<G> connector, OutputStream stdout, OutputStream stderr) {
        PrintStream rawErr = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        ProtocolWriter out;
        try {
            out = new ProtocolWriter(stdout);
        } catch (RuntimeException e) {
            rawErr.println("cursorkit: cannot write to stdout: " + e);
            return 1;
        }
        try (StandardStreams streams = StandardStreams.install(out, rawErr)) {
            return Commands.run(CommandLine.parse(args), connector, out);
        } catch (IOException | UncheckedIOException e) {
            // stdout itself failed: nothing more can go there.
            rawErr.println("cursorkit: cannot write to stdout: " + out.masker().mask(Failures.stackTrace(e)));
            return 1;
        } catch (RuntimeException e) {
            reportUnexpected(out, rawErr, e);
            return 1;
        } finally {
            try {
                out.close();
            } catch (IOException | RuntimeException e) {
                rawErr.println("cursorkit: cannot write to stdout: " + e);
            }
            rawErr.flush();
        }
    }

    /** A bug of the runtime (or generated code): told on stdout if it still can be, else stderr. */
    private static void reportUnexpected(ProtocolWriter out, PrintStream stderr, RuntimeException e) {
        try {
            out.error(
                    ProtocolWriter.FailureType.system_error,
                    "cursorkit failed unexpectedly: " + Failures.describe(e) + ". Please report it with the"
                            + " stack trace.",
                    e.toString(),
                    Failures.stackTrace(e),
                    null);
        } catch (IOException | RuntimeException again) {
            stderr.println("cursorkit: " + out.masker().mask(Failures.stackTrace(e)));
        }
    }
}
