package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated catalog and spec are valid against the project's Airbyte protocol schema (testkit's own). */
class ProtocolSchemaTest {
    /**
     * {@code #/definitions/<name>} of the project's own protocol schema, read from the testkit's
     * sources (surefire passes its path as {@code cursorkit.protocolSchema}): the processor cannot
     * depend on the testkit, which test-depends on the processor.
     */
    private static JsonSchema definition(String name) throws IOException {
        Path file = Path.of(System.getProperty(
                        "cursorkit.protocolSchema",
                        "../testkit/src/main/resources/io/cursorkit/testkit/protocol/airbyte-protocol.schema.json"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(file)) {
            fail("the protocol schema is missing: " + file);
        }
        JsonNode protocol = new ObjectMapper().readTree(file.toFile());
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("$ref", "#/definitions/" + name);
        schema.set("definitions", protocol.get("definitions"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stock", "types"})
    void catalogIsAnAirbyteCatalog(String fixture) throws IOException {
        Compiled compiled = fixture.equals("stock") ? Fixtures.stock() : Fixtures.types();
        JsonNode catalog = Compiled.parse(Sources.resource(compiled.compilation(), "META-INF/cursorkit/catalog.json"));
        JsonSchema schema = definition("AirbyteCatalog");
        assertEquals(Set.of(), schema.validate(catalog));
        assertFalse(
                schema.validate(Compiled.parse("{\"streams\":[{\"name\":1}]}")).isEmpty(), "the check can fail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stock", "types"})
    void specIsAConnectorSpecification(String fixture) throws IOException {
        Compiled compiled = fixture.equals("stock") ? Fixtures.stock() : Fixtures.types();
        JsonNode spec = Compiled.parse(Sources.resource(compiled.compilation(), "META-INF/cursorkit/spec.json"));
        Set<ValidationMessage> errors = definition("ConnectorSpecification").validate(spec);
        assertEquals(Set.of(), errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stock", "types"})
    void connectionSpecificationIsADraft07Schema(String fixture) throws IOException {
        Compiled compiled = fixture.equals("stock") ? Fixtures.stock() : Fixtures.types();
        JsonNode spec = Compiled.parse(Sources.resource(compiled.compilation(), "META-INF/cursorkit/spec.json"));
        // a schema the validator can use: it rejects an empty config exactly when something is required
        JsonSchema connection = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(spec.get("connectionSpecification"));
        boolean nothingRequired = spec.at("/connectionSpecification/required").isEmpty();
        assertEquals(
                nothingRequired,
                connection.validate(JsonNodeFactory.instance.objectNode()).isEmpty());
    }
}
