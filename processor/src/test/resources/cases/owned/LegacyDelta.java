package owned;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the connector wrote before it used cursorkit: no version. */
public record LegacyDelta(@JsonProperty(value = "deltaLink", required = true) String deltaLink) {}
