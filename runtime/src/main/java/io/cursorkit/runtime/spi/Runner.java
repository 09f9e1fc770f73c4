package io.cursorkit.runtime.spi;

import io.cursorkit.runtime.internal.Engine;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;

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
        return Engine.run(args, connector, stdout, stderr);
    }
}
