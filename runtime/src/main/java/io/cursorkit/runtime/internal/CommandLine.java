package io.cursorkit.runtime.internal;

import io.cursorkit.runtime.spi.Launcher;
import io.cursorkit.runtime.spi.Runner;

/**
 * The parsed command line of a connector: one command and its file options. Shared by {@link
 * Launcher} and {@link Runner}, so it must not refer to Jackson (nor use lambdas, which cost
 * start-up time on the {@code spec} path). Public only because {@link Launcher} lives in the SPI
 * package; nothing else outside the runtime's machinery may use it.
 */
public final class CommandLine {
    static final String USAGE = "Usage: spec | check --config CONFIG | discover --config CONFIG"
            + " | read --config CONFIG --catalog CATALOG [--state STATE]";

    /**
     * What {@code --help} prints: for a person at a terminal, so plain text rather than protocol
     * messages (the Airbyte platform never asks for help).
     */
    public static final String HELP = "An Airbyte source connector built with cursorkit.\n\n"
            + "Usage:\n"
            + "  spec                                  print the connector's specification (SPEC)\n"
            + "  check    --config CONFIG              test the configuration (CONNECTION_STATUS)\n"
            + "  discover --config CONFIG              print the streams (CATALOG)\n"
            + "  read     --config CONFIG --catalog CATALOG [--state STATE]\n"
            + "                                        read the configured streams (RECORD, STATE, ...)\n"
            + "  --help, -h                            print this text\n\n"
            + "CONFIG is a JSON file valid against the spec's connectionSpecification, CATALOG a\n"
            + "ConfiguredAirbyteCatalog, STATE the last STATE messages of an earlier sync (an array of\n"
            + "them, or a legacy state object). stdout carries only Airbyte protocol messages, one JSON\n"
            + "object per line; the exit status is 0 when every stream completed.\n";

    /** Whether {@code command} asks for {@link #HELP}. */
    public static boolean isHelp(String command) {
        // Not the bare word "help": that stays an unknown command, a config_error, as before.
        return "--help".equals(command) || "-h".equals(command);
    }

    private final String command;
    private final String config;
    private final String catalog;
    private final String state;
    private final String problem;

    private CommandLine(String command, String config, String catalog, String state, String problem) {
        this.command = command;
        this.config = config;
        this.catalog = catalog;
        this.state = state;
        this.problem = problem;
    }

    /** Parses {@code args}; a malformed command line is reported through {@link #problem()}. */
    public static CommandLine parse(String[] args) {
        if (args == null || args.length == 0) {
            return new CommandLine(null, null, null, null, "No command given. " + USAGE);
        }
        String command = args[0];
        String config = null;
        String catalog = null;
        String state = null;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            String value = null;
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            }
            if (!option.equals("--config") && !option.equals("--catalog") && !option.equals("--state")) {
                return new CommandLine(command, null, null, null, "Unknown option '" + option + "'. " + USAGE);
            }
            if (value == null || value.isEmpty()) {
                return new CommandLine(
                        command, null, null, null, "Option " + option + " needs a file name after it. " + USAGE);
            }
            if (option.equals("--config")) {
                config = value;
            } else if (option.equals("--catalog")) {
                catalog = value;
            } else {
                state = value;
            }
        }
        return new CommandLine(command, config, catalog, state, null);
    }

    /** The command ({@code spec}, {@code check}, ...), or null when none was given. */
    public String command() {
        return command;
    }

    public String config() {
        return config;
    }

    String catalog() {
        return catalog;
    }

    /** The {@code --state} file, or null. */
    String state() {
        return state;
    }

    /** What is wrong with the command line, or null. */
    String problem() {
        return problem;
    }

    /** What is missing or wrong for {@code command} to run, or null when it can run. */
    public String problemFor(String command) {
        if (problem != null) {
            return problem;
        }
        boolean needsConfig = !command.equals("spec");
        if (needsConfig && config == null) {
            return "The " + command + " command needs --config CONFIG, the JSON file of the connector's"
                    + " configuration. " + USAGE;
        }
        if (command.equals("read") && catalog == null) {
            return "The read command needs --catalog CATALOG, the JSON file of the configured catalog. " + USAGE;
        }
        return null;
    }

    /** Why {@code path} cannot be read as the {@code what} file, or null when it can. */
    public static String unreadable(String path, String what) {
        java.io.File file = new java.io.File(path);
        if (!file.exists()) {
            return "The " + what + " file '" + path + "' does not exist. Pass the path of a readable JSON file.";
        }
        if (!file.isFile() || !file.canRead()) {
            return "The " + what + " file '" + path + "' is not a readable file. Pass the path of a readable"
                    + " JSON file.";
        }
        return null;
    }
}
