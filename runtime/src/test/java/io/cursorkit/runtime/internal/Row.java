package io.cursorkit.runtime.internal;

import java.time.LocalDate;

/** The record type of the test streams: a price of a ticker on a date (the cursor). */
record Row(String ticker, LocalDate date, double price) {
    static Row of(String ticker, String date) {
        return new Row(ticker, date == null ? null : LocalDate.parse(date), 1.0);
    }
}
