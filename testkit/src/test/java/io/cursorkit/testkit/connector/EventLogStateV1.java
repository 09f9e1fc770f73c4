package io.cursorkit.testkit.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.StateVersion;

/** Version 1 of {@link EventLog}'s state, as the previous release wrote it: the sync token only. */
@StateVersion(1)
public record EventLogStateV1(@JsonProperty(value = "sync_token", required = true) String syncToken) {}
