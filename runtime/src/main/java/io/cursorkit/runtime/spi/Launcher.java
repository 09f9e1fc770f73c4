package io.cursorkit.runtime.spi;

import io.cursorkit.runtime.internal.CommandLine;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The first class a generated main class calls. It answers {@code spec} and {@code discover}
 * from JSON made at build time, without loading a JSON library, so that they start as fast as
 * the JVM does. It must not refer to Jackson or to any class that does, and uses no lambdas.
 *
 * <p>{@code discover} checks only that {@code --config} names a readable file: the catalog does
 * not depend on the configuration, whose content {@code check} and {@code read} validate.
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
        if (args == null || args.length == 0 || !isStatic(args[0])) {
            return -1;
        }
        return runStatic(args, specJson, catalogJson, new FileOutputStream(FileDescriptor.out));
    }

    static boolean isStatic(String command) {
        return "spec".equals(command) || "discover".equals(command) || CommandLine.isHelp(command);
    }

    /** Runs {@code spec} or {@code discover} writing to {@code stdout}; -1 for other commands. */
    static int runStatic(String[] args, String specJson, String catalogJson, OutputStream stdout) {
        if (args != null && args.length > 0 && CommandLine.isHelp(args[0])) {
            return write(stdout, CommandLine.HELP, 0);
        }
        CommandLine line = CommandLine.parse(args);
        String command = line.command();
        if (command == null || !isStatic(command)) {
            return -1;
        }
        String problem = line.problemFor(command);
        if (problem == null && command.equals("discover")) {
            problem = CommandLine.unreadable(line.config(), "config");
        }
        String message;
        int status;
        if (problem != null) {
            message = "{\"type\":\"TRACE\",\"trace\":{\"type\":\"ERROR\",\"emitted_at\":"
                    + System.currentTimeMillis() + ",\"error\":{\"message\":" + quote(problem)
                    + ",\"failure_type\":\"config_error\"}}}\n";
            status = 1;
        } else if (command.equals("spec")) {
            message = "{\"type\":\"SPEC\",\"spec\":" + specJson + "}\n";
            status = 0;
        } else {
            message = "{\"type\":\"CATALOG\",\"catalog\":" + catalogJson + "}\n";
            status = 0;
        }
        return write(stdout, message, status);
    }

    /** Writes {@code text} to {@code stdout}; {@code status}, or 1 when stdout cannot be written. */
    private static int write(OutputStream stdout, String text, int status) {
        try {
            stdout.write(text.getBytes(StandardCharsets.UTF_8));
            stdout.flush();
        } catch (IOException e) {
            System.err.println("Could not write to stdout: " + e.getMessage());
            return 1;
        }
        return status;
    }

    /** {@code text} as a JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20) {
                out.append("\\u00");
                out.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
