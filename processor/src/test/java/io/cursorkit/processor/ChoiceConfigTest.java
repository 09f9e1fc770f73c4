package io.cursorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.ConnectorDefinition;
import io.cursorkit.runtime.spi.Runner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Config for APIs: a sealed interface of records is a {@code oneOf} told apart by a discriminator,
 * and lists and maps of records are arrays and objects of objects; all read without reflection,
 * with their secrets masked at run time.
 */
class ChoiceConfigTest {
    private static Compiled compiled;

    private final List<String> warnings = new ArrayList<>();

    private static synchronized Compiled choice() {
        if (compiled == null) {
            compiled = Compiled.of(
                    "cases/choice",
                    "ApiConfig.java",
                    "Credentials.java",
                    "Pagination.java",
                    "Endpoint.java",
                    "Item.java",
                    "Items.java");
        }
        return compiled;
    }

    private static ConnectorDefinition<Object> connector() {
        return choice().connector("choice.ApiConfig_Connector");
    }

    private static JsonNode spec() {
        return Compiled.parse(Sources.resource(choice().compilation(), "META-INF/cursorkit/spec.json"));
    }

    private Object parse(String json) throws ConfigException {
        return connector().parseConfig(Compiled.parse(json), warnings::add);
    }

    private String error(String json) {
        return assertThrows(ConfigException.class, () -> parse(json)).getMessage();
    }

    private static String config(String credentials) {
        return "{\"base_url\":\"https://api.example.com\",\"credentials\":" + credentials + "}";
    }

    @Test
    void aSealedInterfaceIsAOneOfWithATitleAndAConstantDiscriminatorPerOption() {
        JsonNode credentials = spec().at("/connectionSpecification/properties/credentials");
        assertEquals("object", credentials.get("type").asText());
        assertEquals(
                "How to authenticate against the API.",
                credentials.get("description").asText());
        JsonNode oneOf = credentials.get("oneOf");
        assertEquals(5, oneOf.size());
        assertEquals(
                Compiled.parse("{\"title\":\"API key in a header\",\"type\":\"object\",\"additionalProperties\":true,"
                        + "\"properties\":{\"auth_type\":{\"type\":\"string\",\"const\":\"api_key_header\"},"
                        + "\"header\":{\"type\":\"string\"},"
                        + "\"api_key\":{\"type\":\"string\",\"airbyte_secret\":true}},"
                        + "\"required\":[\"auth_type\",\"api_key\"]}"),
                oneOf.get(0));
        assertEquals("Api Key Query", oneOf.get(1).get("title").asText(), "the record's name, humanized");
        assertEquals(
                Compiled.parse("{\"type\":\"string\",\"const\":\"bearer\"}"),
                oneOf.get(2).at("/properties/auth_type"),
                "@JsonTypeName");
        assertEquals("OAuth2 Refresh Token", oneOf.get(3).get("title").asText());
        assertEquals(
                Compiled.parse("[\"auth_type\",\"client_id\",\"client_secret\",\"refresh_token\",\"retries\"]"),
                oneOf.get(3).get("required"));
        assertEquals(
                "o_auth2_refresh_token",
                oneOf.get(3).at("/properties/auth_type/const").asText());
        assertEquals(
                Compiled.parse("{\"title\":\"No Auth\",\"type\":\"object\",\"additionalProperties\":true,"
                        + "\"properties\":{\"auth_type\":{\"type\":\"string\",\"const\":\"no_auth\"}},"
                        + "\"required\":[\"auth_type\"]}"),
                oneOf.get(4),
                "an option without properties");
    }

    @Test
    void withoutJsonTypeInfoTheDiscriminatorIsType() {
        JsonNode oneOf = spec().at("/connectionSpecification/properties/pagination/oneOf");
        assertEquals(
                Compiled.parse("{\"title\":\"Page Number\",\"type\":\"object\",\"additionalProperties\":true,"
                        + "\"properties\":{\"type\":{\"type\":\"string\",\"const\":\"page_number\"},"
                        + "\"size\":{\"type\":\"integer\"}},\"required\":[\"type\",\"size\"]}"),
                oneOf.get(0));
        assertEquals("cursor_pages", oneOf.get(1).at("/properties/type/const").asText());
    }

    @Test
    void listsAndMapsOfRecordsAreArraysAndObjectsOfObjects() {
        JsonNode properties = spec().at("/connectionSpecification/properties");
        JsonNode endpoint = Compiled.parse("{\"type\":\"object\",\"additionalProperties\":true,"
                + "\"properties\":{\"url\":{\"type\":\"string\"},"
                + "\"token\":{\"type\":\"string\",\"airbyte_secret\":true},"
                + "\"weight\":{\"type\":\"integer\"}},\"required\":[\"weight\"]}");
        assertEquals(Compiled.parse("{\"type\":\"array\",\"items\":" + endpoint + "}"), properties.get("endpoints"));
        assertEquals(Compiled.parse("{\"type\":\"array\",\"items\":" + endpoint + "}"), properties.get("mirrors"));
        assertEquals(
                Compiled.parse("{\"type\":\"object\",\"additionalProperties\":" + endpoint + "}"),
                properties.get("regions"));
        assertEquals(
                properties.at("/credentials/oneOf"),
                properties.at("/fallback_credentials/items/oneOf"),
                "a list of choices");
    }

    @Test
    void theSpecIsAConnectorSpecificationAndItsConfigSchemaWorks() throws IOException {
        JsonNode spec = spec();
        assertEquals(List.of(), List.copyOf(connectorSpecification().validate(spec)));
        JsonSchema connection = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(spec.get("connectionSpecification"));
        assertTrue(connection
                .validate(Compiled.parse(config("{\"auth_type\":\"bearer\",\"token\":\"t\"}")))
                .isEmpty());
        assertFalse(connection
                .validate(Compiled.parse(config("{\"auth_type\":\"bearer\"}")))
                .isEmpty());
        assertFalse(connection
                .validate(Compiled.parse(config("{\"auth_type\":\"basic\",\"token\":\"t\"}")))
                .isEmpty());
    }

    /** {@code ConnectorSpecification} of the project's protocol schema, read as {@code ProtocolSchemaTest} does. */
    private static JsonSchema connectorSpecification() throws IOException {
        Path file = Path.of(System.getProperty(
                        "cursorkit.protocolSchema",
                        "../testkit/src/main/resources/io/cursorkit/testkit/protocol/airbyte-protocol.schema.json"))
                .toAbsolutePath()
                .normalize();
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("$ref", "#/definitions/ConnectorSpecification");
        schema.set("definitions", Compiled.parse(Files.readString(file)).get("definitions"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    }

    @Test
    void eachOptionIsReadIntoItsRecord() throws Exception {
        Object header = Compiled.get(
                parse(config("{\"auth_type\":\"api_key_header\",\"header\":\"X-Key\",\"api_key\":\"k1\"}")),
                "credentials");
        assertEquals("choice.Credentials$ApiKeyHeader", header.getClass().getName());
        assertEquals("X-Key", Compiled.get(header, "header"));
        assertEquals("k1", Compiled.get(header, "apiKey"));
        Object query = Compiled.get(
                parse(config("{\"auth_type\":\"api_key_query\",\"parameter\":\"key\",\"api_key\":\"k2\"}")),
                "credentials");
        assertEquals("key", Compiled.get(query, "parameter"));
        Object bearer = Compiled.get(parse(config("{\"auth_type\":\"bearer\",\"token\":\"t\"}")), "credentials");
        assertEquals("t", Compiled.get(bearer, "token"));
        Object oauth = Compiled.get(
                parse(config("{\"auth_type\":\"o_auth2_refresh_token\",\"client_id\":\"c\",\"client_secret\":\"s\","
                        + "\"refresh_token\":\"r\",\"retries\":3}")),
                "credentials");
        assertEquals(3, Compiled.get(oauth, "retries"));
        assertNull(Compiled.get(oauth, "tokenUrl"));
        Object none = Compiled.get(parse(config("{\"auth_type\":\"no_auth\"}")), "credentials");
        assertEquals("NoAuth[]", none.toString());
        Object pages = Compiled.get(
                parse(config("{\"auth_type\":\"no_auth\"}")
                        .replace("}}", "},\"pagination\":{\"type\":\"page_number\"," + "\"size\":50}}")),
                "pagination");
        assertEquals("PageNumber[size=50]", pages.toString());
        assertEquals(List.of(), warnings, "the discriminator is a known property");
    }

    @Test
    void aMissingOrUnknownDiscriminatorListsTheAllowedValues() {
        String allowed =
                "one of \"api_key_header\", \"api_key_query\", \"bearer\", \"o_auth2_refresh_token\"," + " \"no_auth\"";
        assertEquals(
                "config property 'credentials.auth_type' is missing: expected " + allowed + ". Add it to the config.",
                error(config("{\"token\":\"t\"}")));
        assertEquals(
                "config property 'credentials.auth_type' is invalid: expected " + allowed
                        + ", found the string \"basic\". Fix its value in the config.",
                error(config("{\"auth_type\":\"basic\"}")));
        assertEquals(
                "config property 'credentials.auth_type' is invalid: expected " + allowed
                        + ", found the number 1. Fix its value in the config.",
                error(config("{\"auth_type\":1}")));
        assertEquals(
                "config property 'credentials' is invalid: expected an object whose \"auth_type\" is " + allowed
                        + ", found a string (the value is secret and not shown). Fix its value in the config.",
                error(config("\"my-token\"")),
                "an option holds a secret, which the user may have written in place of the object");
        assertEquals(
                "config property 'pagination' is invalid: expected an object whose \"type\" is one of"
                        + " \"page_number\", \"cursor_pages\", found the number 50. Fix its value in the config.",
                error(config("{\"auth_type\":\"no_auth\"}").replace("}}", "},\"pagination\":50}")));
        assertEquals(
                "config property 'credentials' is missing: expected an object whose \"auth_type\" is " + allowed
                        + ". Add it to the config.",
                error("{\"base_url\":\"u\"}"));
    }

    @Test
    void anOptionsPropertiesAreCheckedAsTopLevelOnes() {
        assertEquals(
                "config property 'credentials.token' is missing: expected a string. Add it to the config.",
                error(config("{\"auth_type\":\"bearer\"}")));
        assertTrue(error(config("{\"auth_type\":\"o_auth2_refresh_token\",\"client_id\":\"c\",\"client_secret\":\"s\","
                        + "\"refresh_token\":\"r\",\"retries\":\"three\"}"))
                .startsWith("config property 'credentials.retries' is invalid: expected an integer"));
        String secret = error(config("{\"auth_type\":\"bearer\",\"token\":[\"s3cr3t\"]}"));
        assertEquals(
                "config property 'credentials.token' is invalid: expected a string, found an array (the value is"
                        + " secret and not shown). Fix its value in the config.",
                secret);
    }

    @Test
    void anotherOptionsPropertyIsWarnedAboutAndIgnored() throws Exception {
        parse(config("{\"auth_type\":\"bearer\",\"token\":\"t\",\"api_key\":\"k\"}"));
        assertEquals(List.of("config property 'credentials.api_key' is not in the spec and is ignored"), warnings);
    }

    @Test
    void listsAndMapsOfRecordsAreRead() throws Exception {
        Object config = parse("{\"base_url\":\"u\",\"credentials\":{\"auth_type\":\"no_auth\"},"
                + "\"endpoints\":[{\"url\":\"a\",\"token\":\"ta\",\"weight\":1},{\"url\":\"b\",\"weight\":2}],"
                + "\"mirrors\":[{\"url\":\"m\",\"weight\":0}],"
                + "\"regions\":{\"eu\":{\"url\":\"e\",\"weight\":3}},"
                + "\"fallback_credentials\":[{\"auth_type\":\"bearer\",\"token\":\"f\"},{\"auth_type\":\"no_auth\"}]}");
        assertEquals(
                "[Endpoint[url=a, token=ta, weight=1], Endpoint[url=b, token=null, weight=2]]",
                Compiled.get(config, "endpoints").toString());
        assertTrue(Compiled.get(config, "mirrors") instanceof LinkedHashSet<?>);
        Map<?, ?> regions = (Map<?, ?>) Compiled.get(config, "regions");
        assertEquals("Endpoint[url=e, token=null, weight=3]", regions.get("eu").toString());
        assertEquals(
                "[BearerToken[token=f], NoAuth[]]",
                Compiled.get(config, "fallbackCredentials").toString());
    }

    @Test
    void aBadItemOfAListOrMapIsNamedByItsPath() {
        String base = "{\"base_url\":\"u\",\"credentials\":{\"auth_type\":\"no_auth\"},";
        assertEquals(
                "config property 'endpoints[1].weight' is missing: expected an integer from -2147483648 to 2147483647."
                        + " Add it to the config.",
                error(base + "\"endpoints\":[{\"weight\":1},{\"url\":\"b\"}]}"));
        assertEquals(
                "config property 'endpoints[0]' is invalid: expected an object with the properties url, token, weight,"
                        + " found a string (the value is secret and not shown). Fix its value in the config.",
                error(base + "\"endpoints\":[\"a\"]}"));
        String notAnArray = error(base + "\"endpoints\":{\"url\":\"a\"}}");
        assertTrue(
                notAnArray.startsWith("config property 'endpoints' is invalid: expected an array of values that are"
                        + " each an object with the properties url, token, weight, found an object (the value is secret"
                        + " and not shown)"),
                notAnArray);
        assertEquals(
                "config property 'regions.eu.token' is invalid: expected a string, found a number (the value is secret"
                        + " and not shown). Fix its value in the config.",
                error(base + "\"regions\":{\"eu\":{\"token\":7,\"weight\":1}}}"));
        assertTrue(error(base + "\"fallback_credentials\":[{\"auth_type\":\"nope\"}]}")
                .startsWith("config property 'fallback_credentials[0].auth_type' is invalid: expected one of"));
    }

    @Test
    void secretPathsReachEveryOptionAndEveryItem() {
        assertEquals(
                List.of(
                        "credentials.api_key",
                        "credentials.token",
                        "credentials.client_secret",
                        "credentials.refresh_token",
                        "endpoints.*.token",
                        "mirrors.*.token",
                        "regions.*.token",
                        "fallback_credentials.*.api_key",
                        "fallback_credentials.*.token",
                        "fallback_credentials.*.client_secret",
                        "fallback_credentials.*.refresh_token"),
                connector().secretPaths());
    }

    @Test
    void secretsOfAnOptionAndOfListItemsNeverAppearInAnyOutput(@TempDir Path dir) throws IOException {
        List<String> secrets = List.of(
                "oauth-secret-1", "refresh-secret-2", "endpoint-secret-3", "region-secret-4", "fallback-secret-5");
        String config = "{\"base_url\":\"https://api.example.com\",\"credentials\":{\"auth_type\":"
                + "\"o_auth2_refresh_token\",\"client_id\":\"client-7\",\"client_secret\":\"oauth-secret-1\","
                + "\"refresh_token\":\"refresh-secret-2\",\"retries\":1},"
                + "\"endpoints\":[{\"url\":\"https://a\",\"weight\":1},{\"url\":\"https://b\",\"token\":"
                + "\"endpoint-secret-3\",\"weight\":1}],"
                + "\"regions\":{\"eu\":{\"url\":\"https://eu\",\"token\":\"region-secret-4\",\"weight\":1}},"
                + "\"fallback_credentials\":[{\"auth_type\":\"no_auth\"},{\"auth_type\":\"bearer\",\"token\":"
                + "\"fallback-secret-5\"}]}";
        Path configFile = Files.writeString(dir.resolve("config.json"), config);
        Path failing = Files.writeString(dir.resolve("failing.json"), config.replace("https://api", "fail://api"));
        Path catalog = Files.writeString(
                dir.resolve("catalog.json"),
                "{\"streams\":[{\"stream\":{\"name\":\"items\",\"json_schema\":{},\"supported_sync_modes\":"
                        + "[\"full_refresh\"]},\"sync_mode\":\"full_refresh\",\"destination_sync_mode\":\"overwrite\"}]}");
        String read = run("read", "--config", configFile.toString(), "--catalog", catalog.toString());
        String check = run("check", "--config", failing.toString());
        for (String output : List.of(read, check)) {
            assertTrue(output.contains("client-7"), "the config was printed: " + output);
            assertTrue(output.contains("**********"), output);
            for (String secret : secrets) {
                assertFalse(output.contains(secret), secret + " in " + output);
            }
        }
        assertTrue(read.contains("printed: ") && read.contains("stderr: ") && read.contains("logged: "), read);
        assertTrue(read.contains("cannot reach the API with"), read);
        assertTrue(check.contains("rejected ApiConfig["), check);
    }

    /** stdout and stderr of one in-process run of the connector. */
    private static String run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Runner.run(args, connector(), stdout, stderr);
        return stdout.toString(StandardCharsets.UTF_8) + "\n" + stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aListOfRecordsThatWasACompileErrorNowCompiles() {
        Compilation compilation =
                Sources.compile(List.of(Sources.file("diag/NestedListConfig.java"), Sources.file("diag/Plain.java")));
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode servers = Compiled.parse(Sources.resource(compilation, "META-INF/cursorkit/spec.json"))
                .at("/connectionSpecification/properties/servers");
        assertEquals(
                Compiled.parse("{\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":true,"
                        + "\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[]}}"),
                servers);
    }

    @Test
    void propertiesNamedLikeTheParsersLambdaParametersCompile() throws Exception {
        Compiled named = Compiled.of(Sources.compile(List.of(JavaFileObjects.forSourceString(
                "named.NamedConfig",
                "package named;\n@io.cursorkit.annotations.Connector(name = \"source-named\")\n"
                        + "public record NamedConfig(java.util.List<String> n, java.util.List<Endpoint> p) {\n"
                        + "  public record Endpoint(String url) {}\n}\n"))));
        Object config = named.connector("named.NamedConfig_Connector")
                .parseConfig(Compiled.parse("{\"n\":[\"a\"],\"p\":[{\"url\":\"u\"}]}"), warnings::add);
        assertEquals("NamedConfig[n=[a], p=[Endpoint[url=u]]]", config.toString());
    }

    @Test
    void aPropertyOfAnOptionMayItselfBeAChoice() throws Exception {
        Compiled nested = Compiled.of(Sources.compile(List.of(JavaFileObjects.forSourceString(
                "nested.NestedConfig",
                "package nested;\n@io.cursorkit.annotations.Connector(name = \"source-nested\")\n"
                        + "public record NestedConfig(Auth auth) {\n"
                        + "  public sealed interface Auth permits Tunnelled, Direct {}\n"
                        + "  public record Tunnelled(Key key) implements Auth {}\n"
                        + "  public record Direct() implements Auth {}\n"
                        + "  public sealed interface Key permits Password, Pem {}\n"
                        + "  public record Password(@io.cursorkit.annotations.Secret String password) implements Key {}\n"
                        + "  public record Pem(String pem) implements Key {}\n}\n"))));
        ConnectorDefinition<Object> connector = nested.connector("nested.NestedConfig_Connector");
        Object config = connector.parseConfig(
                Compiled.parse(
                        "{\"auth\":{\"type\":\"tunnelled\",\"key\":{\"type\":\"password\",\"password\":\"pw\"}}}"),
                warnings::add);
        assertEquals("NestedConfig[auth=Tunnelled[key=Password[password=pw]]]", config.toString());
        assertEquals(List.of("auth.key.password"), connector.secretPaths());
        assertEquals(List.of(), warnings);
    }

    @Test
    void unknownPropertiesInsideAnItemAreWarnedAbout() throws Exception {
        ObjectNode config = (ObjectNode) Compiled.parse(config("{\"auth_type\":\"no_auth\"}"));
        config.set("endpoints", Compiled.parse("[{\"weight\":1,\"typo\":2}]"));
        connector().parseConfig(config, warnings::add);
        assertEquals(List.of("config property 'endpoints[0].typo' is not in the spec and is ignored"), warnings);
    }
}
