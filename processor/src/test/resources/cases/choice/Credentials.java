package choice;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.cursorkit.annotations.Secret;

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "auth_type")
public sealed interface Credentials
        permits Credentials.ApiKeyHeader,
                Credentials.ApiKeyQuery,
                Credentials.BearerToken,
                Credentials.OAuth2RefreshToken,
                Credentials.NoAuth {

    @JsonClassDescription("API key in a header")
    record ApiKeyHeader(
            @JsonProperty("header") String header, @Secret @JsonProperty(value = "api_key", required = true) String apiKey)
            implements Credentials {}

    record ApiKeyQuery(
            @JsonProperty(value = "parameter", required = true) String parameter,
            @Secret @JsonProperty(value = "api_key", required = true) String apiKey)
            implements Credentials {}

    @JsonTypeName("bearer")
    record BearerToken(@Secret @JsonProperty(value = "token", required = true) String token) implements Credentials {}

    record OAuth2RefreshToken(
            @JsonProperty(value = "client_id", required = true) String clientId,
            @Secret @JsonProperty(value = "client_secret", required = true) String clientSecret,
            @Secret @JsonProperty(value = "refresh_token", required = true) String refreshToken,
            @JsonProperty("token_url") String tokenUrl,
            int retries)
            implements Credentials {}

    record NoAuth() implements Credentials {}
}
