package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How to start a connector as a separate JVM, and its four Airbyte commands ({@code spec},
 * {@code check}, {@code discover}, {@code read}).
 *
 * <p>Immutable: every {@code with...} method returns a copy. A run writes the config, catalog and
 * state JSON to temporary files, passes them as {@code --config}, {@code --catalog} and
 * {@code --state}, waits for the process (at most {@link #withTimeout the timeout}) and returns
 * everything it printed as a {@link ConnectorRun}.
 *
 * <pre>{@code
 * ConnectorProcess connector = ConnectorProcess.mainClass("com.example.SourceStockPricesMain");
 * JsonNode catalog = ConfiguredCatalogBuilder.from(connector.discover(config).catalog()).build();
 * connector.read(config, catalog).assertValidProtocol().assertSucceeded();
 * }</pre>
 */
public final class ConnectorProcess {
    /** JVM options that make a short-lived connector JVM start fast. */
    public static final List<String> DEFAULT_JVM_ARGS =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    /** How long a run may take before it is killed and reported as timed out. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private static final int STDERR_LIMIT = 1 << 20;

    private final String mainClass;
    private final Path jar;
    private final String classpath;
    private final List<String> jvmArgs;
    private final Map<String, String> environment;
    private final Duration timeout;

    private ConnectorProcess(
            String mainClass,
            Path jar,
            String classpath,
            List<String> jvmArgs,
            Map<String, String> environment,
            Duration timeout) {
        this.mainClass = mainClass;
        this.jar = jar;
        this.classpath = classpath;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        this.timeout = timeout;
    }

    /**
     * A connector started as {@code java -cp <classpath> <mainClass>}, where the classpath is by
     * default the current test classpath (surefire's {@code surefire.test.class.path} when set,
     * which stays right when surefire runs from a manifest-only jar, else {@code java.class.path}).
     */
    public static ConnectorProcess mainClass(String mainClass) {
        Objects.requireNonNull(mainClass, "mainClass");
        return new ConnectorProcess(mainClass, null, currentClasspath(), DEFAULT_JVM_ARGS, Map.of(), DEFAULT_TIMEOUT);
    }

    /** A connector started as {@code java -jar <jar>} (a jar with a {@code Main-Class}). */
    public static ConnectorProcess jar(Path jar) {
        Objects.requireNonNull(jar, "jar");
        return new ConnectorProcess(null, jar, null, DEFAULT_JVM_ARGS, Map.of(), DEFAULT_TIMEOUT);
    }

    /** The classpath of the running tests, as a child JVM needs it. */
    public static String currentClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null && !surefire.isBlank()) {
            return surefire;
        }
        return System.getProperty("java.class.path");
    }

    /** The same connector with another classpath (only for {@link #mainClass}). */
    public ConnectorProcess withClasspath(String newClasspath) {
        if (mainClass == null) {
            throw new IllegalStateException("withClasspath applies to ConnectorProcess.mainClass(...), not to a jar");
        }
        return new ConnectorProcess(mainClass, jar, newClasspath, jvmArgs, environment, timeout);
    }

    /** The same connector with these JVM options instead of {@link #DEFAULT_JVM_ARGS}. */
    public ConnectorProcess withJvmArgs(List<String> newJvmArgs) {
        return new ConnectorProcess(mainClass, jar, classpath, newJvmArgs, environment, timeout);
    }

    /** The same connector with one more {@code -Dname=value} JVM option. */
    public ConnectorProcess withSystemProperty(String name, String value) {
        List<String> args = new ArrayList<>(jvmArgs);
        args.add("-D" + name + "=" + value);
        return withJvmArgs(args);
    }

    /** The same connector with one more environment variable. */
    public ConnectorProcess withEnvironment(String name, String value) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put(name, value);
        return new ConnectorProcess(mainClass, jar, classpath, jvmArgs, env, timeout);
    }

    /** The same connector with another time limit per run. */
    public ConnectorProcess withTimeout(Duration newTimeout) {
        if (newTimeout.isNegative() || newTimeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + newTimeout);
        }
        return new ConnectorProcess(mainClass, jar, classpath, jvmArgs, environment, newTimeout);
    }

    /** Runs {@code spec}. */
    public ConnectorRun spec() {
        return execute(Command.of("spec"), -1);
    }

    /** Runs {@code check --config <config>}. */
    public ConnectorRun check(JsonNode config) {
        return execute(Command.of("check").config(config), -1);
    }

    /** Runs {@code discover --config <config>}. */
    public ConnectorRun discover(JsonNode config) {
        return execute(Command.of("discover").config(config), -1);
    }

    /** Runs {@code read --config <config> --catalog <configuredCatalog>}, a sync without state. */
    public ConnectorRun read(JsonNode config, JsonNode configuredCatalog) {
        return read(config, configuredCatalog, null);
    }

    /**
     * Runs {@code read --config <config> --catalog <configuredCatalog> --state <state>}; no
     * {@code --state} when {@code state} is null. {@link ConnectorRun#lastState()} of a previous
     * run is a valid {@code state}.
     */
    public ConnectorRun read(JsonNode config, JsonNode configuredCatalog, JsonNode state) {
        return execute(readCommand(config, configuredCatalog, state), -1);
    }

    /**
     * Runs {@code read} like {@link #read(JsonNode, JsonNode, JsonNode)}, but reads stdout only up
     * to line {@code killAfterLine} (1-based) and then kills the process with SIGKILL, as an
     * orchestrator would. The returned run holds exactly the lines read; {@link
     * ConnectorRun#killed()} tells whether the kill happened before the process ended by itself.
     */
    public ConnectorRun readAndKill(JsonNode config, JsonNode configuredCatalog, JsonNode state, int killAfterLine) {
        if (killAfterLine < 0) {
            throw new IllegalArgumentException("killAfterLine must be >= 0, got " + killAfterLine);
        }
        return execute(readCommand(config, configuredCatalog, state), killAfterLine);
    }

    /** Runs the connector with raw command-line arguments (no files are written for you). */
    public ConnectorRun run(List<String> args) {
        return execute(new Command(List.copyOf(args), Map.of(), null), -1);
    }

    private static Command readCommand(JsonNode config, JsonNode configuredCatalog, JsonNode state) {
        Objects.requireNonNull(configuredCatalog, "configuredCatalog");
        Command command = Command.of("read").config(config).file("--catalog", "catalog.json", configuredCatalog);
        if (state != null) {
            command = command.file("--state", "state.json", state);
        }
        return command.withCatalog(configuredCatalog);
    }

    /** The command line that starts this connector with {@code args}, for messages. */
    List<String> commandLine(List<String> args) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvmArgs);
        if (jar != null) {
            line.add("-jar");
            line.add(jar.toString());
        } else {
            line.add("-cp");
            line.add(classpath);
            line.add(mainClass);
        }
        line.addAll(args);
        return line;
    }

    /** What this process runs, for messages: the main class or the jar. */
    String describe() {
        return jar != null ? "-jar " + jar : mainClass;
    }

    private ConnectorRun execute(Command command, int killAfterLine) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("cursorkit-testkit-");
            List<String> args = new ArrayList<>(command.args());
            for (Map.Entry<String, JsonNode> file : command.files().entrySet()) {
                String[] optionAndName = file.getKey().split(" ", 2);
                Path path = dir.resolve(optionAndName[1]);
                Files.writeString(path, Json.write(file.getValue()));
                args.add(optionAndName[0]);
                args.add(path.toString());
            }
            return launch(args, command.catalog(), killAfterLine);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run connector " + describe() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private ConnectorRun launch(List<String> args, JsonNode catalog, int killAfterLine) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(commandLine(args));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close(); // a connector reads no stdin: it sees end of input
        StringBuilder stderr = new StringBuilder();
        Thread stderrReader = drain(process.getErrorStream(), stderr);
        AtomicBoolean timedOut = new AtomicBoolean();
        Thread watchdog = watchdog(process, timedOut);
        List<String> lines = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            if (killAfterLine == 0) {
                killed = process.isAlive();
                process.destroyForcibly();
            } else {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                    if (lines.size() == killAfterLine) {
                        boolean alive = process.isAlive();
                        process.destroyForcibly();
                        // output still in the pipe was never seen: the sync was cut even if the
                        // process had already ended by itself
                        killed = alive || out.readLine() != null;
                        break;
                    }
                }
            }
        }
        int exitCode = waitFor(process);
        watchdog.interrupt();
        join(stderrReader);
        String stderrText;
        synchronized (stderr) {
            stderrText = stderr.toString();
        }
        return new ConnectorRun(args, exitCode, lines, stderrText, catalog, killed, timedOut.get(), timeout);
    }

    private Thread watchdog(Process process, AtomicBoolean timedOut) {
        Thread thread = new Thread(
                () -> {
                    try {
                        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                            timedOut.set(true);
                            process.destroyForcibly();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "cursorkit-testkit-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Thread drain(InputStream stream, StringBuilder into) {
        Thread thread = new Thread(
                () -> {
                    try (InputStreamReader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                        char[] buffer = new char[8192];
                        int n;
                        while ((n = reader.read(buffer)) >= 0) {
                            synchronized (into) {
                                if (into.length() < STDERR_LIMIT) {
                                    into.append(buffer, 0, Math.min(n, STDERR_LIMIT - into.length()));
                                }
                            }
                        }
                    } catch (IOException e) {
                        // the process died; what was read is what there is
                    }
                },
                "cursorkit-testkit-stderr");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the connector", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temp file is not worth failing a test for
        }
    }

    /** Arguments plus the JSON files to write (key: "option filename"), plus the catalog for checks. */
    private record Command(List<String> args, Map<String, JsonNode> files, JsonNode catalog) {
        static Command of(String verb) {
            return new Command(List.of(verb), Map.of(), null);
        }

        Command config(JsonNode config) {
            Objects.requireNonNull(config, "config");
            return file("--config", "config.json", config);
        }

        Command file(String option, String name, JsonNode json) {
            Map<String, JsonNode> more = new LinkedHashMap<>(files);
            more.put(option + " " + name, json);
            return new Command(args, more, catalog);
        }

        Command withCatalog(JsonNode configuredCatalog) {
            return new Command(args, files, configuredCatalog);
        }
    }
}
