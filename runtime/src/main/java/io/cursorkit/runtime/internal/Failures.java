package io.cursorkit.runtime.internal;

import io.cursorkit.runtime.ConfigException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** How an exception from connector code is told: a user message without a stack trace, and the rest. */
final class Failures {
    private Failures() {}

    /** {@code SQLException: connection refused}, plus the root cause when it says more. */
    static String describe(Throwable e) {
        String text = oneLine(e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            text += " (caused by " + oneLine(root) + ")";
        }
        return text;
    }

    /** {@code text} ending as a sentence: a period is added unless it already ends with one (or ! or ?). */
    static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    /**
     * The {@link ConfigException} that {@code e} is or was caused by, or null. Code that cannot
     * throw a checked exception (an {@code Iterator}, a library's callback) reports a config error
     * by wrapping one: the wrapper's class says nothing to the user, the ConfigException does.
     */
    static ConfigException configCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigException config) {
                return config;
            }
        }
        return null;
    }

    /** The message of the {@link ConfigException} behind {@code e}, written for the user; else {@link #describe}. */
    static String forUser(Throwable e) {
        ConfigException config = configCause(e);
        if (config != null && config.getMessage() != null) {
            return config.getMessage();
        }
        return describe(e);
    }

    static ProtocolWriter.FailureType type(Throwable e) {
        return configCause(e) != null
                ? ProtocolWriter.FailureType.config_error
                : ProtocolWriter.FailureType.system_error;
    }

    /** The class and message, as {@link Throwable#toString} but with the simple class name. */
    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        String name = e.getClass().getSimpleName();
        if (name.isEmpty()) {
            name = e.getClass().getName();
        }
        return message == null || message.isBlank() ? name : name + ": " + message;
    }

    /** The full stack trace, causes included, as {@link Throwable#printStackTrace} prints it. */
    static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Whether the runtime may carry on after {@code e}: not when the JVM itself is failing. */
    static boolean recoverable(Throwable e) {
        return !(e instanceof VirtualMachineError) || e instanceof StackOverflowError;
    }
}
