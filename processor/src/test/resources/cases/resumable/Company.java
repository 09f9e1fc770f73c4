package dir;

import com.fasterxml.jackson.annotation.JsonProperty;

public record Company(@JsonProperty("company_id") String id, String name) {}
