package io.cursorkit.sample.stockprices;

/** Whether a trade bought or sold. */
public enum Side {
    BUY,
    SELL
}
