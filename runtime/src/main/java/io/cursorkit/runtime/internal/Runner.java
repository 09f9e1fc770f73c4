package io.cursorkit.runtime.internal;

/** Runs the Airbyte commands of a generated connector. */
public final class Runner {
    private Runner() {}

    /** Runs {@code args} against the process's standard streams; returns the exit status. */
    public static <G> int run(String[] args, ConnectorDefinition<G> connector) {
        throw new UnsupportedOperationException("not yet");
    }
}
