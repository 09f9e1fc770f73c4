package io.cursorkit.testkit.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.Connector;
import io.cursorkit.annotations.Secret;
import io.cursorkit.runtime.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The config of the test connector whose streams are the kinds of stream the guarantees cover.
 * Each stream reads {@code <data_dir>/<stream>.csv}, so tests can add rows between syncs;
 * {@code fail_stream} and {@code fail_after} make one stream throw after that many rows, with the
 * secret {@code token} in the exception's message (which the runtime must mask).
 */
@Connector(
        name = "source-testkit-cases",
        documentationUrl = "https://example.com/cursorkit/testkit-cases",
        maxConcurrency = 4)
public record CasesConfig(
        @JsonProperty(value = "data_dir", required = true) String dataDir,
        @JsonProperty("fail_stream") String failStream,
        @JsonProperty("fail_after") Integer failAfter,
        @Secret @JsonProperty("token") String token,
        // @CursorWindow of late_rows (a numeric cursor) and dated_quotes (a date cursor, per ticker)
        @JsonProperty("late_start") Long lateStart,
        @JsonProperty("late_end") Long lateEnd,
        @JsonProperty("late_lookback") Long lateLookback,
        @JsonProperty("dated_start") LocalDate datedStart,
        @JsonProperty("dated_lookback") String datedLookback) {

    public void check() throws ConfigException {
        if (!Files.isDirectory(Path.of(dataDir))) {
            // the token in a message: the runtime must mask it
            throw new ConfigException("data_dir " + dataDir + " is not a directory (token " + token + ")");
        }
    }
}
