package io.cursorkit.testkit.connector;

import java.util.Map;

/** {@link AccountEvents}' state: per account, how many of its events were read (no version declared). */
public record AccountPositions(Map<String, Long> positions) {}
