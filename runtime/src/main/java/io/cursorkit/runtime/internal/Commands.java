package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.ConnectorDefinition;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The {@code check} and {@code read} commands, on a {@link ProtocolWriter}. */
final class Commands {
    private Commands() {}

    static <G> int run(CommandLine line, ConnectorDefinition<G> connector, ProtocolWriter out) throws IOException {
        String command = line.command();
        if ("check".equals(command)) {
            return check(line, connector, out);
        }
        if ("read".equals(command)) {
            return read(line, connector, out);
        }
        String problem =
                line.problem() != null ? line.problem() : "Unknown command '" + command + "'. " + CommandLine.USAGE;
        out.error(ProtocolWriter.FailureType.config_error, problem, null, null, null);
        return 1;
    }

    /** Answers CONNECTION_STATUS; exits 0 even when the answer is FAILED. */
    static <G> int check(CommandLine line, ConnectorDefinition<G> connector, ProtocolWriter out) throws IOException {
        String problem = line.problemFor("check");
        if (problem != null) {
            out.connectionStatus(false, problem);
            return 0;
        }
        G config;
        try {
            config = config(line, connector, out);
        } catch (InputException | ConfigException e) {
            out.connectionStatus(false, e.getMessage());
            return 0;
        } catch (RuntimeException e) {
            out.log(
                    ProtocolWriter.Level.ERROR,
                    "reading the config failed: " + Failures.describe(e),
                    Failures.stackTrace(e));
            out.connectionStatus(false, "The config could not be read: " + Failures.describe(e));
            return 0;
        }
        try {
            connector.check(config);
        } catch (Exception | LinkageError | AssertionError e) {
            if (Failures.configCause(e) == null) {
                out.log(ProtocolWriter.Level.ERROR, "check failed: " + Failures.describe(e), Failures.stackTrace(e));
            }
            out.connectionStatus(false, Failures.forUser(e));
            return 0;
        }
        out.connectionStatus(true, null);
        return 0;
    }

    /** Reads the configured streams; 0 when every one completed. */
    static <G> int read(CommandLine line, ConnectorDefinition<G> connector, ProtocolWriter out) throws IOException {
        G config;
        int concurrency;
        List<PreparedStream<G, ?, ?, ?, ?>> runs;
        try {
            String problem = line.problemFor("read");
            if (problem != null) {
                throw new InputException(problem);
            }
            JsonNode json = configJson(line);
            concurrency = Concurrency.of(json, connector);
            config = parseConfig(json, connector, out);
            ConfiguredCatalog catalog =
                    ConfiguredCatalog.parse(InputFiles.read(line.catalog(), "catalog"), connector.streams());
            StateInput state =
                    line.state() == null ? StateInput.none() : StateInput.parse(InputFiles.read(line.state(), "state"));
            warnUnknownStates(state, connector, out);
            runs = new ArrayList<>();
            java.time.Instant syncStart = java.time.Instant.now();
            for (ConfiguredCatalog.Entry entry : catalog.entries()) {
                runs.add(prepare(entry, state, out, config, syncStart));
            }
        } catch (InputException | ConfigException e) {
            out.error(ProtocolWriter.FailureType.config_error, e.getMessage(), null, null, null);
            return 1;
        }
        int failed = 0;
        if (concurrency > 1) {
            failed = ConcurrentRead.run(runs, config, concurrency, out);
        } else {
            for (PreparedStream<G, ?, ?, ?, ?> run : runs) {
                if (!run.reader(out).run(config)) {
                    failed++;
                }
            }
        }
        if (failed > 0) {
            out.log(ProtocolWriter.Level.ERROR, failed + " of " + runs.size() + " streams did not complete.");
            return 1;
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <G> PreparedStream<G, ?, ?, ?, ?> prepare(
            ConfiguredCatalog.Entry entry, StateInput state, ProtocolWriter out, G config, java.time.Instant syncStart)
            throws InputException, ConfigException {
        return prepareTyped((GeneratedStream) entry.stream(), entry.incremental(), state, out, config, syncStart);
    }

    private static <G, T, R, C extends Comparable<? super C>, S> PreparedStream<G, T, R, C, S> prepareTyped(
            GeneratedStream<G, T, R, C, S> stream,
            boolean incremental,
            StateInput state,
            ProtocolWriter out,
            G config,
            java.time.Instant syncStart)
            throws InputException, ConfigException {
        ResumePoint<C> resume = ResumePoint.start();
        StateInput.StreamEntry entry =
                state.get(stream.info().namespace(), stream.info().name());
        if (incremental && stream.ownedState() != null) {
            // the stream owns its state: no cursor to track, its own state to decode and keep
            OwnedStateRun<T, S, R, ?> owned =
                    OwnedStateRun.decode(entry == null ? null : entry.blob(), stream.info(), stream.ownedState());
            return new PreparedStream<>(stream, false, resume, owned);
        }
        if (incremental && entry != null) {
            JsonNode blob = ChosenCursor.stateFor(
                    stream.info(), entry.blob(), warning -> out.log(ProtocolWriter.Level.WARN, warning));
            resume = ResumePoint.decode(blob, stream.info(), stream.stateSerializer());
        } else if (stream.info().resumableFullRefresh() && entry != null) {
            resume = KeyPosition.decode(entry.blob(), stream.info(), stream.stateSerializer());
        }
        // @CursorWindow: its values are checked here, before any stream starts
        io.cursorkit.runtime.spi.WindowBounds<C> window = stream.window(config);
        return new PreparedStream<>(stream, incremental, resume, null, window, syncStart);
    }

    private static <G> G config(CommandLine line, ConnectorDefinition<G> connector, ProtocolWriter out)
            throws InputException, ConfigException {
        return parseConfig(configJson(line), connector, out);
    }

    private static JsonNode configJson(CommandLine line) throws InputException {
        JsonNode json = InputFiles.read(line.config(), "config");
        if (!json.isObject()) {
            throw new InputException("The config file '" + line.config() + "' must hold a JSON object, found "
                    + JsonValues.describeType(json) + ". Write the configuration as the spec describes it.");
        }
        return json;
    }

    private static <G> G parseConfig(JsonNode json, ConnectorDefinition<G> connector, ProtocolWriter out)
            throws ConfigException {
        out.setMasker(SecretMasker.of(json, connector.secretPaths()));
        return connector.parseConfig(
                Concurrency.withoutProperty(json, connector), warning -> out.log(ProtocolWriter.Level.WARN, warning));
    }

    private static void warnUnknownStates(StateInput state, ConnectorDefinition<?> connector, ProtocolWriter out) {
        List<StateInput.StreamEntry> used = new ArrayList<>();
        for (GeneratedStream<?, ?, ?, ?, ?> stream : connector.streams()) {
            used.add(state.get(stream.info().namespace(), stream.info().name()));
        }
        for (StateInput.StreamEntry entry : state.entries()) {
            if (used.stream().noneMatch(e -> e == entry)) {
                out.log(
                        ProtocolWriter.Level.WARN,
                        "The state holds stream '" + entry.describe() + "', which this connector does not have;"
                                + " it is ignored.");
            }
        }
    }
}
