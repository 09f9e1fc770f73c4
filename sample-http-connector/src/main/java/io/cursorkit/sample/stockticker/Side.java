package io.cursorkit.sample.stockticker;

/** Which side of a trade the API reports. */
public enum Side {
    BUY,
    SELL
}
