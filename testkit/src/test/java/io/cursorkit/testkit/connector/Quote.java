package io.cursorkit.testkit.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.CursorField;
import java.time.LocalDate;

/** A daily value with a date cursor: {@code ticker,day,value} in a CSV file. */
public record Quote(@JsonProperty("ticker") String ticker, @CursorField LocalDate day, double value) {}
