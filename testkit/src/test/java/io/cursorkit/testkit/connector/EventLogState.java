package io.cursorkit.testkit.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.StateVersion;
import java.util.Map;

/**
 * Version 2 of {@link EventLog}'s state: the API's sync token, and how many events each account
 * had since the state was created or migrated (a map per account that no record holds).
 */
@StateVersion(2)
public record EventLogState(
        @JsonProperty(value = "sync_token", required = true) String syncToken,
        @JsonProperty("events_per_account") Map<String, Long> eventsPerAccount) {}
