package io.cursorkit.sample.stockprices;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * One entry of a ticker's corporate actions feed: a record of the {@code corporate_actions} stream.
 * It has no cursor field: where a sync stopped is kept by the stream itself ({@link
 * CorporateActionsState}).
 *
 * @param ticker the ticker symbol, such as {@code AAPL}
 * @param seq the entry's number in its ticker's feed: 1, 2, 3, ... (unique per ticker only)
 * @param action what happens, such as {@code DIVIDEND} or {@code SPLIT}
 * @param exDate the day from which the action applies
 * @param amount the dividend per share, or the split ratio
 */
public record CorporateAction(
        String ticker, long seq, String action, @JsonProperty("ex_date") LocalDate exDate, double amount) {}
