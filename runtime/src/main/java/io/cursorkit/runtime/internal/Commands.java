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
        List<Run<G>> runs;
        try {
            String problem = line.problemFor("read");
            if (problem != null) {
                throw new InputException(problem);
            }
            config = config(line, connector, out);
            ConfiguredCatalog catalog =
                    ConfiguredCatalog.parse(InputFiles.read(line.catalog(), "catalog"), connector.streams());
            StateInput state =
                    line.state() == null ? StateInput.none() : StateInput.parse(InputFiles.read(line.state(), "state"));
            warnUnknownStates(state, connector, out);
            runs = new ArrayList<>();
            for (ConfiguredCatalog.Entry entry : catalog.entries()) {
                runs.add(prepare(entry, state, out));
            }
        } catch (InputException | ConfigException e) {
            out.error(ProtocolWriter.FailureType.config_error, e.getMessage(), null, null, null);
            return 1;
        }
        int failed = 0;
        for (Run<G> run : runs) {
            if (!run.run(config)) {
                failed++;
            }
        }
        if (failed > 0) {
            out.log(ProtocolWriter.Level.ERROR, failed + " of " + runs.size() + " streams did not complete.");
            return 1;
        }
        return 0;
    }

    /** One stream of a read, its state decoded and checked before any stream starts. */
    interface Run<G> {
        boolean run(G config) throws IOException;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <G> Run<G> prepare(ConfiguredCatalog.Entry entry, StateInput state, ProtocolWriter out)
            throws InputException {
        return prepareTyped((GeneratedStream) entry.stream(), entry.incremental(), state, out);
    }

    private static <G, T, R, C extends Comparable<? super C>, S> Run<G> prepareTyped(
            GeneratedStream<G, T, R, C, S> stream, boolean incremental, StateInput state, ProtocolWriter out)
            throws InputException {
        ResumePoint<C> resume = ResumePoint.start();
        StateInput.StreamEntry entry =
                state.get(stream.info().namespace(), stream.info().name());
        if (incremental && stream.ownedState() != null) {
            // the stream owns its state: no cursor to track, its own state to decode and keep
            OwnedStateRun<T, S, R, ?> owned =
                    OwnedStateRun.decode(entry == null ? null : entry.blob(), stream.info(), stream.ownedState());
            return new StreamReader<>(stream, false, resume, owned, out)::run;
        }
        if (incremental && entry != null) {
            resume = ResumePoint.decode(entry.blob(), stream.info(), stream.stateSerializer());
        }
        StreamReader<G, T, R, C, S> reader = new StreamReader<>(stream, incremental, resume, out);
        return reader::run;
    }

    private static <G> G config(CommandLine line, ConnectorDefinition<G> connector, ProtocolWriter out)
            throws InputException, ConfigException {
        JsonNode json = InputFiles.read(line.config(), "config");
        if (!json.isObject()) {
            throw new InputException("The config file '" + line.config() + "' must hold a JSON object, found "
                    + JsonValues.describeType(json) + ". Write the configuration as the spec describes it.");
        }
        out.setMasker(SecretMasker.of(json, connector.secretPaths()));
        return connector.parseConfig(json, warning -> out.log(ProtocolWriter.Level.WARN, warning));
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
