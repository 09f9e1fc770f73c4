package ${package};

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.cursorkit.annotations.Connector;
import io.cursorkit.annotations.Secret;
import io.cursorkit.runtime.ConfigException;
import java.time.LocalDate;

/**
 * The configuration of ${connectorName}, as a user writes it in {@code config.json}. Its components
 * become the {@code connectionSpecification} of the connector's spec; the cursorkit runtime parses
 * and validates a config against it before any of the connector's code runs.
 *
 * <p>The connector name also names the main class the processor generates in this package, and the
 * Docker image: keep it in step with {@code connector.mainClass} in {@code pom.xml} and the labels
 * in the {@code Dockerfile} if you change it.
 *
 * @param apiKey the key of the source's API; required, and never printed (it is {@code @Secret})
 * @param startDate the first day to sync: orders last updated before it are left out; null syncs
 *     every order
 */
@Connector(
        name = "${connectorName}",
        // Point this at your connector's documentation: the spec gives it to Airbyte's UI.
        documentationUrl = "https://example.com/docs/${connectorName}")
public record ConnectorConfig(
        @Secret
                @JsonProperty(value = "api_key", required = true)
                @JsonPropertyDescription("The key of the source's API, at least 16 characters.")
                String apiKey,
        @JsonProperty("start_date")
                @JsonPropertyDescription("First day to sync, such as 2024-01-01. Leave it out to sync everything.")
                LocalDate startDate) {

    /** Shorter values are typing or copying mistakes: the source never issues such keys. */
    static final int MIN_KEY_LENGTH = 16;

    /**
     * Runs on {@code check}, after the runtime has validated the config against the spec (so a
     * missing {@code api_key} never gets this far). Returning answers {@code SUCCEEDED}; a {@link
     * ConfigException} answers {@code FAILED} with its message, which the user reads in Airbyte's
     * UI: it says what is wrong and how to fix it, and never contains the key.
     *
     * @throws ConfigException if the key cannot be a valid key
     */
    public void check() throws ConfigException {
        if (apiKey.isBlank()) {
            throw new ConfigException("api_key is empty. Paste the key from your account's API settings.");
        }
        if (apiKey.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException("api_key contains a space or a line break, which keys never do."
                    + " Copy the key again, without the characters around it.");
        }
        if (apiKey.length() < MIN_KEY_LENGTH) {
            throw new ConfigException("api_key has " + apiKey.length() + " characters, but keys have at least "
                    + MIN_KEY_LENGTH + ". Copy the whole key from your account's API settings.");
        }
        // A connector for a real API would also make one cheap authenticated request here, so that a
        // well-formed but revoked key fails `check` rather than the first sync.
    }
}
