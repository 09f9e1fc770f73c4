package io.cursorkit.testkit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's own definition of Airbyte protocol v0 ({@value #SCHEMA_RESOURCE}, bundled in this
 * jar), and validation of JSON against its definitions (JSON Schema draft-07).
 *
 * <p>The definition follows protocol v0 as published in release 0.18.0 of the airbyte-protocol
 * project (schema version 0.3.2): the same names, types, enums and required properties, so it
 * accepts and rejects exactly the same messages; a cross-check test compares the verdicts of both
 * when the published schema is at hand. It also defines the well-known value types ({@code Date},
 * {@code TimestampWithTimezone}, ...) a stream's {@code json_schema} may name. Nothing is fetched
 * from the network or read from outside the jar.
 *
 * <p>{@link #get()} loads the schema once per JVM. Every {@code validate...} method returns the
 * list of problems found, each a readable sentence naming the JSON path; an empty list means
 * valid.
 */
public final class AirbyteProtocol {
    /** Where the bundled schema (JSON) lives in this jar. */
    public static final String SCHEMA_RESOURCE = "io/cursorkit/testkit/protocol/airbyte-protocol.schema.json";

    private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    /**
     * Reads connector output as written: decimals stay exact, with their scale ({@code 42.00} is
     * not {@code 42.0}), so a test sees a {@code BigDecimal} record value as the connector wrote it.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static volatile AirbyteProtocol instance;

    private final ObjectNode definitions;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private AirbyteProtocol(ObjectNode definitions) {
        this.definitions = definitions;
    }

    /** The protocol schema bundled in this jar, loaded on first use. */
    public static AirbyteProtocol get() {
        AirbyteProtocol loaded = instance;
        if (loaded == null) {
            synchronized (AirbyteProtocol.class) {
                loaded = instance;
                if (loaded == null) {
                    loaded = load();
                    instance = loaded;
                }
            }
        }
        return loaded;
    }

    private static AirbyteProtocol load() {
        ClassLoader loader = AirbyteProtocol.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The Airbyte protocol schema " + SCHEMA_RESOURCE
                        + " is missing from the classpath; the cursorkit-testkit jar bundles it, so use that jar"
                        + " rather than its classes alone.");
            }
            JsonNode root = MAPPER.readTree(in);
            JsonNode definitions = root.get("definitions");
            if (definitions == null || !definitions.isObject()) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " has no 'definitions' object");
            }
            return new AirbyteProtocol((ObjectNode) definitions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    /** {@code #/definitions/<name>} of the schema, or null; for the test kit's own checks. */
    JsonNode definition(String name) {
        return definitions.get(name);
    }

    /** Names of the schema's definitions ({@code AirbyteMessage}, {@code ConfiguredAirbyteCatalog}, ...). */
    public List<String> definitionNames() {
        List<String> names = new ArrayList<>();
        definitions.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Validates one line of a connector's stdout: it must be exactly one JSON object, valid
     * against {@code #/definitions/AirbyteMessage}.
     */
    public List<String> validateMessageLine(String line) {
        JsonNode node;
        try {
            node = parseSingleObject(line);
        } catch (JsonProcessingException e) {
            return List.of("not one JSON object: " + e.getOriginalMessage());
        }
        return validateMessage(node);
    }

    /** Validates a parsed message against {@code #/definitions/AirbyteMessage}. */
    public List<String> validateMessage(JsonNode message) {
        return validate("AirbyteMessage", message);
    }

    /** Validates a catalog as a {@code discover} emits it ({@code #/definitions/AirbyteCatalog}). */
    public List<String> validateCatalog(JsonNode catalog) {
        return validate("AirbyteCatalog", catalog);
    }

    /** Validates a catalog as {@code read --catalog} takes it ({@code #/definitions/ConfiguredAirbyteCatalog}). */
    public List<String> validateConfiguredCatalog(JsonNode configuredCatalog) {
        return validate("ConfiguredAirbyteCatalog", configuredCatalog);
    }

    /**
     * Validates {@code json} against {@code #/definitions/<definition>} of the protocol schema.
     *
     * @throws IllegalArgumentException if the schema has no such definition
     */
    public List<String> validate(String definition, JsonNode json) {
        JsonSchema schema = schemas.computeIfAbsent(definition, this::compile);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(json)) {
            problems.add(message.getMessage());
        }
        problems.sort(null);
        return problems;
    }

    private JsonSchema compile(String definition) {
        if (!definitions.has(definition)) {
            throw new IllegalArgumentException(
                    "The Airbyte protocol schema has no definition '" + definition + "'; known: " + definitionNames());
        }
        // A document of its own whose root is the definition, so that $refs resolve inside it and
        // nothing outside it is ever looked up.
        ObjectNode root = definitions.objectNode();
        root.put("$schema", DRAFT_07);
        root.set("definitions", definitions);
        root.put("$ref", "#/definitions/" + definition);
        return factory.getSchema(root);
    }

    /** Parses text that must hold exactly one JSON object and nothing after it. */
    static JsonNode parseSingleObject(String text) throws JsonProcessingException {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new JsonParseProblem("expected a JSON object, found "
                        + (first == null ? "an empty line" : first.asString() == null ? first : first.asString()));
            }
            JsonNode node = MAPPER.readTree(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new JsonParseProblem("text after the JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parse failure with a plain message. */
    private static final class JsonParseProblem extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        JsonParseProblem(String message) {
            super(message);
        }
    }
}
