package io.cursorkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the input files of the synthetic connector's runs: {@code config.json} with the record
 * count, and one configured catalog per stream ({@code catalog-<stream>.json}, incremental, from the
 * catalog the build generated).
 */
public final class Setup {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CATALOG = "META-INF/cursorkit/catalog.json";

    private Setup() {}

    /** {@code java ... Setup <directory> <record count>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -cp benchmarks.jar " + Setup.class.getName() + " <directory> <records>");
            System.exit(2);
        }
        long records = count(args[1]);
        Path directory = Files.createDirectories(Path.of(args[0]));
        ObjectNode config = MAPPER.createObjectNode().put("records", records);
        MAPPER.writeValue(directory.resolve("config.json").toFile(), config);

        JsonNode catalog = readCatalog();
        for (JsonNode stream : catalog.path("streams")) {
            String name = stream.path("name").asText();
            ObjectNode configured = MAPPER.createObjectNode();
            configured.putArray("streams").add(configuredStream(stream));
            MAPPER.writeValue(directory.resolve("catalog-" + name + ".json").toFile(), configured);
        }
    }

    /** A record count from the command line; on bad input, says why and exits with 2. */
    static long count(String text) {
        try {
            long count = Long.parseLong(text);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println("the record count must be a whole number >= 0, was '" + text + "'");
        System.exit(2);
        return -1; // not reached
    }

    /** An incremental append of the stream, with the source-defined cursor and key. */
    static ObjectNode configuredStream(JsonNode stream) {
        ObjectNode configured = MAPPER.createObjectNode();
        configured.set("stream", stream);
        boolean incremental = stream.path("default_cursor_field").size() > 0;
        configured.put("sync_mode", incremental ? "incremental" : "full_refresh");
        if (incremental) {
            configured.set("cursor_field", stream.path("default_cursor_field"));
        }
        configured.put("destination_sync_mode", "append");
        JsonNode key = stream.path("source_defined_primary_key");
        configured.set("primary_key", key.isArray() ? key : new ArrayNode(MAPPER.getNodeFactory()));
        return configured;
    }

    private static JsonNode readCatalog() throws IOException {
        try (InputStream in = Setup.class.getClassLoader().getResourceAsStream(CATALOG)) {
            if (in == null) {
                System.err.println(CATALOG + " is not on the classpath: the cursorkit processor did not run;"
                        + " build the benchmarks module with the processor installed");
                System.exit(3);
            }
            return MAPPER.readTree(in);
        }
    }
}
