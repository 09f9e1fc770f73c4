package types;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.Secret;

public record Tunnel(
        @JsonProperty(required = true) String host,
        int port,
        @Secret @JsonProperty("private_key") String privateKey) {}
