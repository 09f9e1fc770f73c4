package io.cursorkit.runtime.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for running a connector by hand, shipped in the runtime jar so that every connector's
 * runnable jar has them:
 *
 * <pre>
 * java -cp my-connector.jar io.cursorkit.runtime.tools.Tools configured-catalog discover.jsonl &gt; configured_catalog.json
 * java -cp my-connector.jar io.cursorkit.runtime.tools.Tools state read.jsonl --previous state.json &gt; next_state.json
 * </pre>
 *
 * The JSON result goes to standard output; a summary for a person and every error go to standard
 * error. Exit status: 0 done (also for {@code --help}), 1 an input file that cannot be read or does
 * not hold what it should, 2 a bad command line. See {@link #USAGE}.
 */
public final class Tools {
    /** What {@code --help} prints. */
    static final String USAGE =
            """
            Usage: java -cp <connector jar> io.cursorkit.runtime.tools.Tools <command> [options]

            Commands:
              configured-catalog DISCOVER_OUTPUT [--sync-mode incremental|full_refresh]
                                 [--destination-sync-mode append|append_dedup|overwrite]
                                 [--stream NAME]... [--cursor-field STREAM=FIELD]...
                  Prints a configured catalog for `read --catalog`, made from the CATALOG message in
                  DISCOVER_OUTPUT (what `discover --config CONFIG` printed). Each stream is synced
                  incremental when it supports it, with its default cursor field, else full_refresh;
                  its primary key is the source-defined one; destination_sync_mode is append_dedup
                  (incremental with a primary key), append (incremental without) or overwrite (full
                  refresh). --sync-mode and --destination-sync-mode set one mode for every stream;
                  --stream (repeatable) keeps only the streams named, in that order.
                  --cursor-field (repeatable) picks FIELD as the cursor of STREAM, a stream whose
                  user chooses its cursor (source_defined_cursor false) instead of its default.

              state READ_OUTPUT [--previous STATE_FILE]
                  Prints the state for the next `read --state`: an array holding, per stream, the last
                  STATE message in READ_OUTPUT (what `read` printed, even if it failed or was killed).
                  A stream with no STATE in READ_OUTPUT keeps its state from STATE_FILE (the state the
                  read was started with, in any form `--state` accepts).

              --help, -h
                  Prints this text.

            A file name of - reads standard input. Options take their value as the next argument or
            after '=' (--sync-mode=full_refresh). The result goes to standard output, a summary and
            errors to standard error. Exit status: 0 done, 1 bad input file, 2 bad command line.
            """;

    private Tools() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command; returns the exit status. */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("cursorkit tools: no command given.");
            err.print(USAGE);
            return ToolException.USAGE;
        }
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        try {
            Arguments arguments = Arguments.parse(args);
            JsonNode result =
                    switch (arguments.command) {
                        case "configured-catalog" -> configuredCatalog(arguments, stdin, err);
                        case "state" -> state(arguments, stdin, err);
                        default -> throw ToolException.usage("unknown command '" + arguments.command
                                + "'; the commands are configured-catalog and state.");
                    };
            out.println(MessageFile.MAPPER.writeValueAsString(result));
            return 0;
        } catch (ToolException e) {
            err.println("cursorkit tools: " + e.getMessage());
            if (e.status() == ToolException.USAGE) {
                err.println("Run with --help for the usage.");
            }
            return e.status();
        } catch (JsonProcessingException e) {
            err.println("cursorkit tools: cannot write the result: " + e.getOriginalMessage());
            return ToolException.INPUT;
        }
    }

    private static JsonNode configuredCatalog(Arguments arguments, InputStream stdin, PrintStream err)
            throws ToolException {
        arguments.allow("--sync-mode", "--destination-sync-mode", "--stream", "--cursor-field");
        String syncMode = arguments.oneOf("--sync-mode", CatalogCommand.SYNC_MODES);
        String destinationSyncMode = arguments.oneOf("--destination-sync-mode", CatalogCommand.DESTINATION_SYNC_MODES);
        String file = arguments.file("DISCOVER_OUTPUT");
        JsonNode discovered = discovered(file, stdin);
        Map<String, String> cursorFields = new LinkedHashMap<>();
        for (String value : arguments.all("--cursor-field")) {
            int equals = value.indexOf('=');
            if (equals < 1
                    || equals == value.length() - 1
                    || cursorFields.put(value.substring(0, equals), value.substring(equals + 1)) != null) {
                throw ToolException.usage("--cursor-field takes STREAM=FIELD, once per stream, such as"
                        + " --cursor-field trades=id; found '" + value + "'.");
            }
        }
        JsonNode configured = new CatalogCommand(syncMode, destinationSyncMode, arguments.all("--stream"), cursorFields)
                .configure(discovered, MessageFile.displayName(file));
        err.print(CatalogCommand.summary(configured));
        return configured;
    }

    /**
     * The discovered catalog in {@code file}: the CATALOG message among the lines of a discover's
     * output or, failing that, a file holding one CATALOG message or one catalog over several lines.
     */
    private static JsonNode discovered(String file, InputStream stdin) throws ToolException {
        String name = MessageFile.displayName(file);
        String text = MessageFile.load(file, stdin);
        try {
            return CatalogCommand.discovered(MessageFile.lines(name, text, false));
        } catch (ToolException notLines) {
            JsonNode whole;
            try {
                whole = MessageFile.value(name, text);
            } catch (ToolException notOneValue) {
                throw notLines;
            }
            if (whole != null && whole.isObject()) {
                if ("CATALOG".equals(whole.path("type").asText())
                        && whole.path("catalog").path("streams").isArray()) {
                    return whole.get("catalog");
                }
                if (whole.path("streams").path(0).has("sync_mode")) {
                    throw ToolException.input(name + " is a configured catalog already: pass it to `read --catalog`"
                            + " as it is, or pass what `discover` printed here.");
                }
                if (whole.path("streams").isArray()) {
                    return whole;
                }
            }
            throw notLines;
        }
    }

    private static JsonNode state(Arguments arguments, InputStream stdin, PrintStream err) throws ToolException {
        arguments.allow("--previous");
        String file = arguments.file("READ_OUTPUT");
        String previous = arguments.one("--previous");
        if (file.equals("-") && "-".equals(previous)) {
            throw ToolException.usage("READ_OUTPUT and --previous cannot both be standard input.");
        }
        StateCommand state = new StateCommand();
        if (previous != null) {
            String name = MessageFile.displayName(previous);
            state.previous(MessageFile.value(name, MessageFile.load(previous, stdin)), name);
        }
        MessageFile output = MessageFile.lines(MessageFile.displayName(file), MessageFile.load(file, stdin), true);
        if (output.lastLineCut) {
            err.println("cursorkit tools: the last line of " + output.name + " is cut off (the connector was killed"
                    + " while writing it); it is left out.");
        }
        state.read(output);
        List<MessageFile.Line> errors = new ArrayList<>();
        for (MessageFile.Line line : output.ofType("TRACE")) {
            if (line.message().path("trace").path("error").isObject()) {
                errors.add(line);
            }
        }
        if (!errors.isEmpty()) {
            err.println("cursorkit tools: the read reported " + errors.size() + " error(s), first on line "
                    + errors.get(0).number() + ": "
                    + errors.get(0)
                            .message()
                            .path("trace")
                            .path("error")
                            .path("message")
                            .asText()
                    + ". A stream that failed keeps the last state it printed.");
        }
        String summary = state.summary();
        err.print(summary.isEmpty() ? "no state: the next read starts from the beginning\n" : summary);
        return state.result();
    }

    /** The command line: a command, one file, and options with values. */
    private static final class Arguments {
        final String command;
        final List<String> files = new ArrayList<>();
        final List<String[]> options = new ArrayList<>();

        private Arguments(String command) {
            this.command = command;
        }

        static Arguments parse(String[] args) throws ToolException {
            Arguments parsed = new Arguments(args[0]);
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--")) {
                    int equals = arg.indexOf('=');
                    if (equals > 0) {
                        parsed.options.add(new String[] {arg.substring(0, equals), arg.substring(equals + 1)});
                    } else if (i + 1 < args.length) {
                        parsed.options.add(new String[] {arg, args[++i]});
                    } else {
                        throw ToolException.usage(arg + " needs a value.");
                    }
                } else {
                    parsed.files.add(arg);
                }
            }
            return parsed;
        }

        void allow(String... names) throws ToolException {
            List<String> allowed = List.of(names);
            for (String[] option : options) {
                if (!allowed.contains(option[0])) {
                    throw ToolException.usage("unknown option '" + option[0] + "' for " + command + "; it takes "
                            + String.join(", ", allowed) + ".");
                }
            }
        }

        String file(String what) throws ToolException {
            if (files.size() != 1) {
                throw ToolException.usage(command + " takes one file, " + what
                        + (files.isEmpty() ? "" : "; found " + files.size() + ": " + String.join(" ", files)) + ".");
            }
            return files.get(0);
        }

        List<String> all(String name) {
            List<String> values = new ArrayList<>();
            for (String[] option : options) {
                if (option[0].equals(name)) {
                    values.add(option[1]);
                }
            }
            return values;
        }

        String one(String name) throws ToolException {
            List<String> values = all(name);
            if (values.size() > 1) {
                throw ToolException.usage(name + " is given " + values.size() + " times; give it once.");
            }
            return values.isEmpty() ? null : values.get(0);
        }

        String oneOf(String name, List<String> choices) throws ToolException {
            String value = one(name);
            if (value != null && !choices.contains(value)) {
                throw ToolException.usage(name + " " + value + ": choose one of " + String.join(", ", choices) + ".");
            }
            return value;
        }
    }
}
