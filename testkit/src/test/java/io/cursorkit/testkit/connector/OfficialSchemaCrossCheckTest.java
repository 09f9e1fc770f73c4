package io.cursorkit.testkit.connector;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cursorkit.testkit.AirbyteProtocol;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's protocol schema ({@link AirbyteProtocol}) against a corpus of messages, catalogs
 * and specs, and against the published schema of Airbyte protocol v0 where that is at hand.
 *
 * <p>Always: every hand-made item of {@code src/test/resources/protocol-corpus} gets the verdict it
 * records, reaches the definition it says it is about, and every definition of the schema has at
 * least one valid and one invalid item; every message type, trace type and state form has a valid
 * item. This keeps the corpus honest when the published schema is absent.
 *
 * <p>When {@value #OFFICIAL_DIR_VARIABLE} (or the system property {@value #OFFICIAL_DIR_PROPERTY})
 * names the folder of the published schema ({@code airbyte_protocol.yaml} and {@code
 * well_known_types.yaml}), the hand-made items plus everything the test connector prints through
 * spec, check, discover and read (good and bad input), the configured catalogs and the state
 * messages it was given, are validated by both schemas, which must agree on every item; and each
 * published definition must carry the same constraints as ours, keyword for keyword (descriptions
 * aside), so that strictness also agrees where the corpus does not look. Without it the comparison
 * says so once and passes: a clone of the repository has no copy of that schema.
 */
class OfficialSchemaCrossCheckTest {
    static final String OFFICIAL_DIR_VARIABLE = "CURSORKIT_OFFICIAL_PROTOCOL_DIR";
    static final String OFFICIAL_DIR_PROPERTY = "cursorkit.officialProtocolDir";

    private static final String CORPUS = "protocol-corpus";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One JSON value to validate against one definition; {@code expected} is null when unknown. */
    record Item(String origin, String definition, String covers, Boolean expected, String why, JsonNode json) {
        String describe() {
            return origin + " [" + definition + (why == null ? "" : ": " + why) + "] " + json;
        }
    }

    private static List<Item> handMade;
    private static JsonNode ourDefinitions;

    @BeforeAll
    static void load() throws IOException {
        handMade = readCorpus();
        try (InputStream in =
                AirbyteProtocol.class.getClassLoader().getResourceAsStream(AirbyteProtocol.SCHEMA_RESOURCE)) {
            assertTrue(in != null, AirbyteProtocol.SCHEMA_RESOURCE + " is not on the classpath");
            ourDefinitions = JSON.readTree(in).get("definitions");
        }
    }

    @Test
    void handMadeItemsGetTheVerdictsTheyRecord() {
        List<String> wrong = new ArrayList<>();
        for (Item item : handMade) {
            List<String> problems = AirbyteProtocol.get().validate(item.definition(), item.json());
            if (problems.isEmpty() != item.expected()) {
                wrong.add((item.expected() ? "expected valid, got " + problems : "expected invalid, got valid") + ": "
                        + item.describe());
            }
        }
        assertEquals(List.of(), wrong, "hand-made items whose verdict differs from the one they record");
    }

    @Test
    void everyDefinitionHasAValidAndAnInvalidItemThatReachesIt() {
        List<String> problems = new ArrayList<>();
        Map<String, int[]> counts = new HashMap<>();
        for (Item item : handMade) {
            if (!ourDefinitions.has(item.definition()) || !ourDefinitions.has(item.covers())) {
                problems.add("unknown definition or covers: " + item.describe());
                continue;
            }
            Set<String> reached = new LinkedHashSet<>(List.of(item.definition()));
            reach(ourDefinitions.get(item.definition()), item.json(), reached);
            if (!reached.contains(item.covers())) {
                problems.add(
                        "claims to cover " + item.covers() + " but reaches only " + reached + ": " + item.describe());
            }
            counts.computeIfAbsent(item.covers(), k -> new int[2])[item.expected() ? 0 : 1]++;
        }
        for (String definition : AirbyteProtocol.get().definitionNames()) {
            int[] validInvalid = counts.getOrDefault(definition, new int[2]);
            if (validInvalid[0] == 0 || validInvalid[1] == 0) {
                problems.add(definition + " has " + validInvalid[0] + " valid and " + validInvalid[1]
                        + " invalid items; it needs at least one of each");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyMessageTypeTraceTypeAndStateFormHasAValidMessage() {
        Set<String> missing = new TreeSet<>();
        JsonNode messageTypes = ourDefinitions.at("/AirbyteMessage/properties/type/enum");
        JsonNode traceTypes = ourDefinitions.at("/AirbyteTraceMessage/properties/type/enum");
        JsonNode stateTypes = ourDefinitions.at("/AirbyteStateType/enum");
        assertTrue(messageTypes.size() > 0 && traceTypes.size() > 0 && stateTypes.size() > 0, "enums not found");
        Map<String, String> statePayload = Map.of("STREAM", "stream", "GLOBAL", "global", "LEGACY", "data");
        for (JsonNode type : messageTypes) {
            if (validMessages().noneMatch(m -> m.path("type").asText().equals(type.asText()))) {
                missing.add("message type " + type.asText());
            }
        }
        for (JsonNode type : traceTypes) {
            String payload = ourDefinitions.at("/AirbyteTraceMessage/properties").properties().stream()
                    .filter(p -> p.getValue().path("$ref").asText().endsWith("/" + payloadDefinition(type.asText())))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse("?");
            if (validMessages()
                    .noneMatch(m -> m.path("trace").path("type").asText().equals(type.asText())
                            && m.path("trace").has(payload))) {
                missing.add("trace type " + type.asText() + " with its " + payload);
            }
        }
        for (JsonNode type : stateTypes) {
            String payload = statePayload.get(type.asText());
            if (payload == null
                    || validMessages()
                            .noneMatch(
                                    m -> m.path("state").path("type").asText().equals(type.asText())
                                            && m.path("state").has(payload))) {
                missing.add("state type " + type.asText() + " with its payload");
            }
        }
        assertEquals(Set.of(), missing, "kinds of message without a valid hand-made item");
    }

    private static String payloadDefinition(String traceType) {
        return switch (traceType) {
            case "ERROR" -> "AirbyteErrorTraceMessage";
            case "ESTIMATE" -> "AirbyteEstimateTraceMessage";
            case "STREAM_STATUS" -> "AirbyteStreamStatusTraceMessage";
            case "ANALYTICS" -> "AirbyteAnalyticsTraceMessage";
            default -> "unknown trace type " + traceType;
        };
    }

    private static Stream<JsonNode> validMessages() {
        return handMade.stream()
                .filter(i -> i.definition().equals("AirbyteMessage") && i.expected())
                .map(Item::json);
    }

    @Test
    void theOfficialSchemaGivesTheSameVerdicts(@TempDir Path dir) throws IOException {
        Optional<Path> officialDir = officialDir();
        if (officialDir.isEmpty()) {
            System.out.println(
                    "official protocol schema not given (set " + OFFICIAL_DIR_VARIABLE + "); cross-check not run");
            return;
        }
        Official official = new Official(officialDir.get());
        // every published definition must exist here too, or some message could not be checked
        Set<String> lacking = new TreeSet<>(official.definitionNames());
        lacking.removeAll(AirbyteProtocol.get().definitionNames());
        assertEquals(Set.of(), lacking, "published definitions missing from " + AirbyteProtocol.SCHEMA_RESOURCE);
        // beyond the corpus: each definition must carry the same constraints, keyword for keyword
        Map<String, String> different = new TreeMap<>();
        for (String name : official.definitionNames()) {
            JsonNode theirs = constraints(official.definition(name), null);
            JsonNode ours = constraints(ourDefinitions.get(name), official);
            if (!theirs.equals(ours)) {
                different.put(name, "official " + theirs + "\n  ours " + ours);
            }
        }

        List<Item> fromConnector = connectorCorpus(dir);
        List<Item> corpus = new ArrayList<>(handMade);
        corpus.addAll(fromConnector);
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        for (Item item : corpus) {
            List<String> ours = AirbyteProtocol.get().validate(item.definition(), item.json());
            List<String> theirs = official.validate(item.definition(), item.json());
            if (ours.isEmpty() != theirs.isEmpty()) {
                disagreements.add("ours " + verdict(ours) + ", official " + verdict(theirs) + ": " + item.describe());
            }
            if (theirs.isEmpty()) {
                valid++;
            }
        }
        System.out.println("protocol cross-check against " + officialDir.get() + ": " + corpus.size() + " items ("
                + handMade.size() + " hand-made, " + fromConnector.size() + " from the test connector), " + valid
                + " valid and " + (corpus.size() - valid) + " invalid by the official schema; "
                + disagreements.size() + " disagreements; " + different.size() + " definitions with other constraints");
        assertAll(
                () -> assertEquals(Map.of(), different, "definitions whose constraints differ from the published ones"),
                () -> assertEquals(List.of(), disagreements, "items the two schemas judge differently"));
    }

    /** Keywords that only describe: they never change a verdict, so the comparison ignores them. */
    private static final Set<String> ANNOTATIONS =
            Set.of("description", "title", "$comment", "examples", "default", "existingJavaType");

    /**
     * The constraints of a schema, for comparison: annotations and {@code additionalProperties:
     * true} (the default) dropped, {@code required} sorted, and, on our side ({@code official}
     * given), a $ref to a definition the published schema writes inline replaced by its content.
     */
    private static JsonNode constraints(JsonNode schema, Official official) {
        if (schema.isArray()) {
            var out = JSON.createArrayNode();
            schema.forEach(element -> out.add(constraints(element, official)));
            return out;
        }
        if (!schema.isObject()) {
            return schema;
        }
        String ref = schema.path("$ref").asText(null);
        if (ref != null && official != null) {
            String name = ref.substring("#/definitions/".length());
            if (!official.definitionNames().contains(name)) {
                return constraints(ourDefinitions.get(name), official);
            }
        }
        ObjectNode out = JSON.createObjectNode();
        schema.fields().forEachRemaining(field -> {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            if (ANNOTATIONS.contains(keyword)
                    || keyword.equals("additionalProperties") && value.isBoolean() && value.asBoolean()) {
                return;
            }
            if (keyword.equals("properties")) {
                ObjectNode properties = JSON.createObjectNode();
                value.fields().forEachRemaining(p -> properties.set(p.getKey(), constraints(p.getValue(), official)));
                out.set(keyword, properties);
            } else if (keyword.equals("required")) {
                Set<String> names = new TreeSet<>();
                value.forEach(name -> names.add(name.asText()));
                var sorted = JSON.createArrayNode();
                names.forEach(sorted::add);
                out.set(keyword, sorted);
            } else {
                out.set(keyword, constraints(value, official));
            }
        });
        return out;
    }

    private static String verdict(List<String> problems) {
        return problems.isEmpty() ? "valid" : "invalid " + problems;
    }

    private static Optional<Path> officialDir() {
        String dir = System.getProperty(OFFICIAL_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv(OFFICIAL_DIR_VARIABLE);
        }
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    /** The published schema, its definitions compiled the way {@link AirbyteProtocol} compiles ours. */
    private static final class Official {
        private final JsonNode protocol;
        private final JsonNode wellKnownTypes;
        private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        private final Map<String, JsonSchema> schemas = new HashMap<>();

        private final Set<String> names = new TreeSet<>();

        Official(Path dir) throws IOException {
            protocol = definitions(dir.resolve("airbyte_protocol.yaml"));
            wellKnownTypes = definitions(dir.resolve("well_known_types.yaml"));
            protocol.fieldNames().forEachRemaining(names::add);
            wellKnownTypes.fieldNames().forEachRemaining(names::add);
        }

        private static JsonNode definitions(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                fail("the official protocol schema's folder is given (" + OFFICIAL_DIR_VARIABLE + " or -D"
                        + OFFICIAL_DIR_PROPERTY + "), but " + file.toAbsolutePath() + " does not exist");
            }
            JsonNode definitions = new YAMLMapper().readTree(file.toFile()).get("definitions");
            assertTrue(definitions != null && definitions.isObject(), file + " has no definitions");
            return definitions;
        }

        JsonNode definition(String name) {
            return protocol.has(name) ? protocol.get(name) : wellKnownTypes.get(name);
        }

        Set<String> definitionNames() {
            return names;
        }

        List<String> validate(String definition, JsonNode json) {
            JsonSchema schema = schemas.computeIfAbsent(definition, name -> {
                JsonNode definitions = protocol.has(name) ? protocol : wellKnownTypes;
                if (!definitions.has(name)) {
                    throw new AssertionError("the published schema has no definition " + name);
                }
                // only the definitions, never the published root: its $id is a URL
                ObjectNode root = JSON.createObjectNode();
                root.put("$schema", "http://json-schema.org/draft-07/schema#");
                root.set("definitions", definitions);
                root.put("$ref", "#/definitions/" + name);
                return factory.getSchema(root);
            });
            List<String> problems = new ArrayList<>();
            for (ValidationMessage message : schema.validate(json)) {
                problems.add(message.getMessage());
            }
            return problems;
        }
    }

    /**
     * Everything the test connector prints through each command, with good and bad input, plus
     * the spec, the discovered catalog, the configured catalogs and the state messages it was
     * given, each against its definition. No verdict is expected: both schemas must agree.
     */
    private static List<Item> connectorCorpus(Path dir) throws IOException {
        ConnectorProcess connector = CasesConnectorTest.CONNECTOR;
        CasesData data = new CasesData(dir).standard();
        ObjectNode config = data.config();
        List<Item> items = new ArrayList<>();
        List<ConnectorRun> runs = new ArrayList<>();

        ConnectorRun spec = connector.spec();
        runs.add(spec);
        spec.spec()
                .ifPresent(s -> items.add(new Item("connector spec", "ConnectorSpecification", null, null, null, s)));
        runs.add(connector.check(config));
        ObjectNode notADirectory =
                config.deepCopy().put("data_dir", dir.resolve("absent").toString());
        runs.add(connector.check(notADirectory));
        ConnectorRun discover = connector.discover(config);
        runs.add(discover);
        items.add(new Item("connector discover", "AirbyteCatalog", null, null, null, discover.catalog()));

        JsonNode all = ConfiguredCatalogBuilder.from(discover.catalog()).build();
        JsonNode ties =
                ConfiguredCatalogBuilder.from(discover.catalog()).only("ties").build();
        ConnectorRun full = connector.read(config, all);
        runs.add(full);
        runs.add(connector.read(config, all, full.lastState()));
        runs.add(connector.read(data.failing("ties", 7), all));
        ObjectNode noDataDir = config.deepCopy();
        noDataDir.remove("data_dir");
        runs.add(connector.read(noDataDir, ties));
        List<JsonNode> states = new ArrayList<>(List.of(
                full.lastState(),
                JSON.readTree("[{\"type\":\"GLOBAL\",\"global\":{\"shared_state\":{},\"stream_states\":["
                        + "{\"stream_descriptor\":{\"name\":\"ties\"},\"stream_state\":{\"seq\":7}}]}}]"),
                JSON.readTree("[{\"type\":\"LEGACY\",\"data\":{\"ties\":{\"seq\":7}}}]"),
                JSON.readTree("{\"ties\":{\"seq\":\"yesterday\"}}")));
        for (JsonNode state : states.subList(1, states.size())) {
            runs.add(connector.read(config, ties, state));
        }
        for (JsonNode state : states) {
            for (JsonNode message : state.isArray() ? state : JSON.createArrayNode()) {
                items.add(new Item("state given to read", "AirbyteStateMessage", null, null, null, message));
            }
        }
        runs.add(connector.read(config, catalogOf("no_such_stream", "full_refresh")));
        runs.add(connector.read(config, catalogOf("ties", "sometimes")));

        Set<String> types = new TreeSet<>();
        for (ConnectorRun run : runs) {
            String command = run.args().isEmpty() ? "(no command)" : run.args().get(0);
            if (run.configuredCatalog() != null) {
                items.add(new Item(
                        "catalog given to read",
                        "ConfiguredAirbyteCatalog",
                        null,
                        null,
                        null,
                        run.configuredCatalog()));
            }
            List<String> lines = run.stdoutLines();
            for (int i = 0; i < lines.size(); i++) {
                JsonNode message;
                try {
                    message = JSON.readTree(lines.get(i));
                } catch (JsonProcessingException e) {
                    throw new AssertionError("the connector printed a line that is not JSON: " + run.describe(), e);
                }
                types.add(message.path("type").asText());
                items.add(new Item(
                        "connector " + command + " line " + (i + 1), "AirbyteMessage", null, null, null, message));
            }
        }
        // the corpus is only worth something if every kind a source prints is in it
        assertTrue(
                types.containsAll(List.of("SPEC", "CONNECTION_STATUS", "CATALOG", "RECORD", "STATE", "LOG", "TRACE")),
                "the connector corpus lacks kinds of message: " + types);
        return items;
    }

    private static JsonNode catalogOf(String stream, String syncMode) throws IOException {
        return JSON.readTree("{\"streams\":[{\"stream\":{\"name\":\"" + stream + "\",\"json_schema\":{},"
                + "\"supported_sync_modes\":[\"full_refresh\",\"incremental\"]},"
                + "\"sync_mode\":\"" + syncMode + "\",\"destination_sync_mode\":\"append\"}]}");
    }

    /** The definitions {@code json} reaches through {@code schema}'s $refs, properties and items. */
    private static void reach(JsonNode schema, JsonNode json, Set<String> into) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String name = ref.asText().substring("#/definitions/".length());
            into.add(name);
            reach(ourDefinitions.get(name), json, into);
            return;
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            for (JsonNode alternative : schema.path(combinator)) {
                reach(alternative, json, into);
            }
        }
        if (json.isObject()) {
            schema.path("properties").fields().forEachRemaining(p -> {
                if (json.has(p.getKey())) {
                    reach(p.getValue(), json.get(p.getKey()), into);
                }
            });
        }
        if (json.isArray() && schema.path("items").isObject()) {
            for (JsonNode element : json) {
                reach(schema.get("items"), element, into);
            }
        }
    }

    /** The hand-made items, in file and line order. */
    private static List<Item> readCorpus() throws IOException {
        URL url = OfficialSchemaCrossCheckTest.class.getClassLoader().getResource(CORPUS);
        assertTrue(url != null, CORPUS + " is not on the test classpath");
        Path folder;
        try {
            folder = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no *.jsonl in " + folder);
        List<Item> items = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                items.add(item(file.getFileName() + ":" + (i + 1), line));
            }
        }
        return items;
    }

    private static Item item(String origin, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(origin + " is not JSON", e);
        }
        if (!node.path("definition").isTextual()
                || !node.path("covers").isTextual()
                || !node.path("valid").isBoolean()
                || node.path("why").asText().isBlank()
                || !node.has("json")) {
            fail(origin + " needs definition, covers, valid (a boolean), why and json: " + line);
        }
        return new Item(
                origin,
                node.get("definition").asText(),
                node.get("covers").asText(),
                node.get("valid").asBoolean(),
                node.get("why").asText(),
                node.get("json"));
    }
}
