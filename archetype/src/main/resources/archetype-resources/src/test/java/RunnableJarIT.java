package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar that {@code mvn package} makes, run as the Dockerfile runs it ({@code java -jar}):
 * it must hold the connector, everything it needs, and the right {@code Main-Class}. Runs in the
 * integration-test phase, after {@code package}.
 */
class RunnableJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Path JAR = Path.of(System.getProperty("connector.jar", "target/${artifactId}.jar"));

    @Test
    void theJarAnswersSpec() {
        assertTrue(Files.isRegularFile(JAR), JAR + " is made by mvn package");
        JsonNode spec = ConnectorProcess.jar(JAR)
                .spec()
                .assertSucceeded()
                .assertValidProtocol()
                .spec()
                .orElseThrow();
        assertTrue(spec.path("connectionSpecification").path("properties").has("api_key"), spec::toString);
    }

    @Test
    void theJarSyncsTheExamples() throws IOException {
        JsonNode config = JSON.readTree(Path.of("examples", "config.json").toFile());
        JsonNode catalog =
                JSON.readTree(Path.of("examples", "configured_catalog.json").toFile());
        ConnectorRun run = ConnectorProcess.jar(JAR)
                .read(config, catalog)
                .assertSucceeded()
                .assertValidProtocol();
        assertEquals(30, run.records("orders").size(), run::describe);
        assertEquals(8, run.records("customers").size(), run::describe);
    }
}
