package types;

import com.fasterxml.jackson.annotation.JsonProperty;

public record Address(String street, @JsonProperty("zip_code") int zipCode) {}
