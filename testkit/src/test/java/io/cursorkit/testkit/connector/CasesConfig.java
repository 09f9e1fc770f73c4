package io.cursorkit.testkit.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.Connector;
import io.cursorkit.runtime.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The config of the test connector whose streams are the kinds of stream the guarantees cover.
 * Each stream reads {@code <data_dir>/<stream>.csv}, so tests can add rows between syncs;
 * {@code fail_stream} and {@code fail_after} make one stream throw after that many rows.
 */
@Connector(name = "source-testkit-cases", documentationUrl = "https://example.com/cursorkit/testkit-cases")
public record CasesConfig(
        @JsonProperty(value = "data_dir", required = true) String dataDir,
        @JsonProperty("fail_stream") String failStream,
        @JsonProperty("fail_after") Integer failAfter) {

    public void check() throws ConfigException {
        if (!Files.isDirectory(Path.of(dataDir))) {
            throw new ConfigException("data_dir " + dataDir + " is not a directory");
        }
    }
}
