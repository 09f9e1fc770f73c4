package io.cursorkit.benchmarks.baseline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.benchmarks.connector.StockPrice;
import io.cursorkit.benchmarks.connector.StockPriceGenerator;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Baseline (c), the path of the older Airbyte Java CDK: each record becomes a {@code JsonNode}
 * tree, is wrapped in protocol message objects, serialized to a {@code String} and printed with
 * {@code System.out.println} (whose stream flushes at every line).
 */
public final class JsonNodeTree {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonNodeTree() {}

    /** {@code java ... JsonNodeTree <record count>}: writes the read's messages to stdout. */
    public static void main(String[] args) throws IOException {
        long count = Baselines.recordCountOrExit(args, JsonNodeTree.class);
        run(count, System.out);
    }

    /** Writes the messages of a read of {@code count} records to {@code out}, flushing at the end. */
    public static void run(long count, PrintStream out) throws IOException {
        CursorTracker tracker = CursorTracker.sorted();
        StockPriceGenerator records = new StockPriceGenerator(count);
        out.println(MAPPER.writeValueAsString(Pojos.Message.status("STARTED")));
        boolean first = true;
        while (records.hasNext()) {
            StockPrice record = records.next();
            if (first) {
                out.println(MAPPER.writeValueAsString(Pojos.Message.status("RUNNING")));
                first = false;
            }
            boolean stateDue = tracker.accept(record);
            out.println(MAPPER.writeValueAsString(Pojos.Message.record(toTree(record))));
            if (stateDue) {
                out.println(MAPPER.writeValueAsString(Pojos.Message.state(tracker)));
            }
        }
        out.println(MAPPER.writeValueAsString(Pojos.Message.state(tracker)));
        out.println(MAPPER.writeValueAsString(Pojos.Message.status("COMPLETE")));
        out.flush();
    }

    /** The record as the old CDK's sources hold one: a mutable tree, one node per value. */
    public static ObjectNode toTree(StockPrice record) {
        ObjectNode data = MAPPER.createObjectNode();
        data.put("date", record.date());
        data.put("stock_ticker", record.stockTicker());
        data.put("open", record.open());
        data.put("high", record.high());
        data.put("low", record.low());
        data.put("close", record.close());
        data.put("volume", record.volume());
        return data;
    }
}
