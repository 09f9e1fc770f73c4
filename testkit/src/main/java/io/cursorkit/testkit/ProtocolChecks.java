package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks behind {@link ConnectorRun#assertValidProtocol()}; each returns readable problems. */
final class ProtocolChecks {
    private static final int MAX_PROBLEMS = 50;

    private static final int MAX_MISMATCHES_PER_STREAM = 5;
    private static final Pattern STACK_FRAME = Pattern.compile("\\n\\s+at [\\w$.]+\\(");
    private static final Pattern UNCAUGHT = Pattern.compile("^Exception in thread \"", Pattern.MULTILINE);

    private final ConnectorRun run;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> mismatches = new HashMap<>();
    private RecordSchemas schemas;

    private ProtocolChecks(ConnectorRun run) {
        this.run = run;
    }

    static List<String> check(ConnectorRun run, List<String> unparsable) {
        ProtocolChecks checks = new ProtocolChecks(run);
        unparsable.forEach(checks::add);
        checks.validateLines();
        checks.checkCommand();
        checks.checkErrorsAreMessages();
        if (run.configuredCatalog() != null) {
            checks.schemas = new RecordSchemas(run.configuredCatalog());
            checks.checkRead(catalogStreams(run.configuredCatalog()));
        }
        List<String> found = checks.problems;
        return found.size() <= MAX_PROBLEMS
                ? found
                : append(found.subList(0, MAX_PROBLEMS), "... and " + (found.size() - MAX_PROBLEMS) + " more");
    }

    /** The stream names of a configured catalog, in catalog order. */
    static Set<String> catalogStreams(JsonNode configuredCatalog) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode stream : configuredCatalog.path("streams")) {
            String name = Json.text(stream.get("stream"), "name");
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private void add(String problem) {
        problems.add(problem);
    }

    private void validateLines() {
        AirbyteProtocol protocol = AirbyteProtocol.get();
        List<String> lines = run.stdoutLines();
        for (int i = 0; i < lines.size() && problems.size() < MAX_PROBLEMS; i++) {
            String line = lines.get(i);
            List<String> errors;
            try {
                errors = protocol.validateMessage(AirbyteProtocol.parseSingleObject(line));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                continue; // already reported as unparsable
            }
            for (String error : errors) {
                add("line " + (i + 1) + " is not a valid AirbyteMessage: " + error);
            }
        }
    }

    /** A stack trace belongs in {@code stack_trace}, never in a message a user reads. */
    private void checkErrorsAreMessages() {
        for (JsonNode error : run.errors()) {
            String message = Json.text(error, "message");
            if (message == null || message.isBlank()) {
                add("a TRACE ERROR has no message: " + Json.brief(error));
            } else if (STACK_FRAME.matcher(message).find()) {
                add("the message of a TRACE ERROR holds a stack trace (it belongs in stack_trace): "
                        + message.lines().findFirst().orElse(""));
            }
        }
        Matcher uncaught = UNCAUGHT.matcher(run.stderr());
        if (uncaught.find()) {
            add("an uncaught exception on stderr; a failure must be a TRACE ERROR message: "
                    + run.stderr()
                            .substring(uncaught.start())
                            .lines()
                            .findFirst()
                            .orElse(""));
        }
    }

    private void checkCommand() {
        if (run.killed() || run.exitCode() != 0 || run.args().isEmpty()) {
            return;
        }
        switch (run.args().get(0)) {
            case "spec" -> expectOne("SPEC");
            case "check" -> expectOne("CONNECTION_STATUS");
            case "discover" -> expectOne("CATALOG");
            default -> {}
        }
    }

    private void expectOne(String type) {
        int count = run.messages(type).size();
        if (count != 1) {
            add("'" + run.args().get(0) + "' succeeded but printed " + count + " " + type
                    + " messages; it must print exactly one");
        }
    }

    private void checkRead(Set<String> catalog) {
        Map<String, Integer> sinceState = new HashMap<>();
        Map<String, String> phase = new HashMap<>(); // null, STARTED, RUNNING, COMPLETE, INCOMPLETE
        Map<String, Integer> stateCount = new HashMap<>();
        List<JsonNode> messages = run.messages();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String where = "message " + (i + 1) + " (" + Json.text(message, "type") + ")";
            switch (String.valueOf(Json.text(message, "type"))) {
                case "RECORD" -> {
                    String stream = Json.text(message.get("record"), "stream");
                    if (knownStream(catalog, stream, where) && active(phase, stream, where)) {
                        sinceState.merge(stream, 1, Integer::sum);
                        checkData(stream, message.get("record").get("data"), where);
                    }
                }
                case "STATE" -> checkState(message.get("state"), catalog, phase, sinceState, stateCount, where);
                case "TRACE" -> checkStatus(message.get("trace"), catalog, phase, where);
                default -> {}
            }
        }
        if (run.killed() || run.timedOut()) {
            return;
        }
        for (String stream : catalog) {
            String last = phase.get(stream);
            if (last == null) {
                if (run.exitCode() == 0) { // a sync that fails may stop before it starts a stream
                    add("stream '" + stream + "' is in the catalog but got no STREAM_STATUS STARTED");
                }
            } else if (!last.equals("COMPLETE") && !last.equals("INCOMPLETE")) {
                add("stream '" + stream + "' ended without STREAM_STATUS COMPLETE or INCOMPLETE (last: " + last + ")");
            }
        }
        boolean hasError = !run.errors().isEmpty();
        if (run.exitCode() == 0) {
            if (hasError) {
                add("exit code 0 after a TRACE ERROR; a failed sync must exit non-zero");
            }
            for (String stream : catalog) {
                if (!"COMPLETE".equals(phase.get(stream)) && phase.get(stream) != null) {
                    add("exit code 0 but stream '" + stream + "' ended " + phase.get(stream));
                }
                if (stateCount.getOrDefault(stream, 0) == 0) {
                    add("exit code 0 but stream '" + stream + "' got no STATE; a finished stream ends with one");
                }
            }
        } else if (!hasError) {
            add("exit code " + run.exitCode() + " without a TRACE ERROR message saying why");
        }
    }

    private void checkData(String stream, JsonNode data, String where) {
        if (data == null || mismatches.getOrDefault(stream, 0) >= MAX_MISMATCHES_PER_STREAM) {
            return;
        }
        for (String problem : schemas.validate(stream, data)) {
            mismatches.merge(stream, 1, Integer::sum);
            add(where + ": record of '" + stream + "' does not match the stream's json_schema: " + problem + " in "
                    + Json.brief(data));
        }
    }

    private void checkState(
            JsonNode state,
            Set<String> catalog,
            Map<String, String> phase,
            Map<String, Integer> sinceState,
            Map<String, Integer> stateCount,
            String where) {
        if (state == null || !"STREAM".equals(Json.text(state, "type"))) {
            return;
        }
        String stream = ConnectorRun.streamOfState(state);
        if (!knownStream(catalog, stream, where) || !active(phase, stream, where)) {
            return;
        }
        stateCount.merge(stream, 1, Integer::sum);
        int expected = sinceState.getOrDefault(stream, 0);
        sinceState.put(stream, 0);
        JsonNode count = state.path("sourceStats").get("recordCount");
        if (count == null || !count.isNumber()) {
            add(where + ": STATE of '" + stream + "' has no sourceStats.recordCount (expected " + expected + ")");
        } else if (count.doubleValue() != expected) {
            add(where + ": STATE of '" + stream + "' has sourceStats.recordCount " + number(count) + " but " + expected
                    + " records of that stream came since its previous STATE");
        }
    }

    private void checkStatus(JsonNode trace, Set<String> catalog, Map<String, String> phase, String where) {
        if (trace == null || !"STREAM_STATUS".equals(Json.text(trace, "type"))) {
            return;
        }
        JsonNode status = trace.path("stream_status");
        String stream = Json.text(status.get("stream_descriptor"), "name");
        String value = Json.text(status, "status");
        if (!knownStream(catalog, stream, where) || value == null) {
            return;
        }
        String current = phase.get(stream);
        switch (value) {
            case "STARTED" -> {
                if (current != null) {
                    add(where + ": STARTED for '" + stream + "' after " + current);
                }
            }
            case "RUNNING" -> {
                if (current == null || current.equals("COMPLETE") || current.equals("INCOMPLETE")) {
                    add(where + ": RUNNING for '" + stream + "' "
                            + (current == null ? "before STARTED" : "after " + current));
                }
            }
            case "COMPLETE", "INCOMPLETE" -> {
                if (current == null || current.equals("COMPLETE") || current.equals("INCOMPLETE")) {
                    add(where + ": " + value + " for '" + stream + "' "
                            + (current == null ? "before STARTED" : "after " + current));
                }
            }
            default -> {}
        }
        phase.put(stream, value);
    }

    private boolean knownStream(Set<String> catalog, String stream, String where) {
        if (stream == null || !catalog.contains(stream)) {
            add(where + " names stream '" + stream + "', which is not in the configured catalog " + catalog);
            return false;
        }
        return true;
    }

    private boolean active(Map<String, String> phase, String stream, String where) {
        String current = phase.get(stream);
        if (current == null) {
            add(where + " for '" + stream + "' before its STREAM_STATUS STARTED");
            return false;
        }
        if (current.equals("COMPLETE") || current.equals("INCOMPLETE")) {
            add(where + " for '" + stream + "' after its STREAM_STATUS " + current);
            return false;
        }
        return true;
    }

    private static String number(JsonNode count) {
        double value = count.doubleValue();
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static List<String> append(List<String> list, String last) {
        List<String> copy = new ArrayList<>(list);
        copy.add(last);
        return copy;
    }
}
