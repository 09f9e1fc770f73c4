package io.cursorkit.runtime.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs the Airbyte commands of a generated connector: {@code check} and {@code read} (and {@code
 * spec} and {@code discover}, which {@link Launcher} usually answers first). While it runs,
 * {@code System.out} turns each printed line into a LOG message, {@code java.util.logging} goes
 * out as LOG messages, and {@code System.err} stays stderr with secrets masked.
 */
public final class Runner {
    private Runner() {}

    /** Runs {@code args} against the process's standard streams; returns the exit status. */
    public static <G> int run(String[] args, ConnectorDefinition<G> connector) {
        // From here on only the runtime writes to file descriptor 1: System.out is redirected while
        // the command runs, and afterwards (threads the connector left running may still print
        // while the process exits) it points at stderr.
        System.setOut(System.err);
        return run(args, connector, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
    }

    /**
     * Runs {@code args} in this process, writing protocol messages to {@code stdout} and
     * diagnostics to {@code stderr} instead of the process's streams: for tests and benchmarks that
     * drive a connector without starting a JVM. {@code System.out}, {@code System.err} and the
     * logging handlers are put back when it returns.
     */
    public static <G> int run(
            String[] args, ConnectorDefinition<G> connector, OutputStream stdout, OutputStream stderr) {
        int status = Launcher.runStatic(args, connector.specJson(), connector.catalogJson(), stdout);
        if (status >= 0) {
            return status;
        }
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
