package io.cursorkit.runtime.internal;

/**
 * The first class a generated main class calls. It answers {@code spec} and {@code discover}
 * from JSON made at build time, without loading a JSON library, so that they start as fast as
 * the JVM does. It must not refer to Jackson or to any class that does.
 */
public final class Launcher {
    private Launcher() {}

    /**
     * Runs {@code spec} or {@code discover}.
     *
     * @return the exit status, or -1 when {@code args} name another command, which {@link Runner}
     *     then runs
     */
    public static int runStatic(String[] args, String specJson, String catalogJson) {
        throw new UnsupportedOperationException("not yet");
    }
}
