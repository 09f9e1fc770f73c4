package choice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.cursorkit.annotations.Connector;
import io.cursorkit.runtime.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Connector(name = "source-api")
public record ApiConfig(
        @JsonProperty(value = "base_url", required = true) String baseUrl,
        @JsonProperty(value = "credentials", required = true)
                @JsonPropertyDescription("How to authenticate against the API.")
                Credentials credentials,
        Pagination pagination,
        List<Endpoint> endpoints,
        Set<Endpoint> mirrors,
        Map<String, Endpoint> regions,
        @JsonProperty("fallback_credentials") List<Credentials> fallbackCredentials) {

    public void check() throws ConfigException {
        if (baseUrl.startsWith("fail")) {
            throw new ConfigException("rejected " + this);
        }
    }
}
