package io.cursorkit.runtime.internal;

import java.io.OutputStream;

/**
 * Lets the JMH read benchmark run a connector in-process with its output discarded, through the
 * runtime's package-private {@link Runner#run(String[], ConnectorDefinition, OutputStream,
 * OutputStream)}. Lives in the runtime's package for that reason only; benchmarks code, never
 * shipped.
 */
public final class InProcessRunner {
    private InProcessRunner() {}

    /** Runs {@code args} as the generated main class would, writing to the given streams. */
    public static <G> int run(
            String[] args, ConnectorDefinition<G> connector, OutputStream stdout, OutputStream stderr) {
        return Runner.run(args, connector, stdout, stderr);
    }
}
