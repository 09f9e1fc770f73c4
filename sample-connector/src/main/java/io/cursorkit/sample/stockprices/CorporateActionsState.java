package io.cursorkit.sample.stockprices;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.StateVersion;
import java.util.Map;

/**
 * What the {@code corporate_actions} stream keeps between syncs: per ticker, the {@code seq} of
 * the last action synced ({@code {"last_seq": {"AAPL": 3, "MSFT": 2}}}). No single field of the
 * records can say this (a {@code seq} means something only with its ticker), so the stream owns
 * its state instead of declaring a {@code @CursorField}. A ticker missing from the map has had
 * nothing synced: its whole feed comes next.
 *
 * <p>Version 1. A later release that changes this type keeps it, gives the new type
 * {@code @StateVersion(2)} and adds a {@code @StateMigration} from this one (docs/recipes/own-state.md).
 *
 * @param lastSeq the last {@code seq} synced, per ticker
 */
@StateVersion(1)
public record CorporateActionsState(@JsonProperty(value = "last_seq", required = true) Map<String, Long> lastSeq) {}
