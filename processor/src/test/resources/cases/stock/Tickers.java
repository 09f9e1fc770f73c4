package test;

import java.util.Iterator;
import java.util.List;

@io.cursorkit.annotations.Stream
public final class Tickers {
    public record Ticker(String symbol, String name) {}

    public Iterator<Ticker> read() {
        return List.of(new Ticker("AAPL", "Apple")).iterator();
    }
}
