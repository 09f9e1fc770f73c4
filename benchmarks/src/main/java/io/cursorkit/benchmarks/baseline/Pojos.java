package io.cursorkit.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.benchmarks.connector.StockPrice;
import io.cursorkit.benchmarks.connector.StockPrices;
import java.util.ArrayList;
import java.util.List;

/**
 * Protocol messages as plain Java objects that an {@code ObjectMapper} serializes by reflection,
 * the way CDKs with generated protocol model classes emit them (baselines (b) and (c)).
 */
final class Pojos {
    private Pojos() {}

    private static final Descriptor DESCRIPTOR = new Descriptor(StockPrices.NAME);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Message(String type, RecordMessage record, StateMessage state, TraceMessage trace) {
        static Message record(Object data) {
            return new Message(
                    "RECORD", new RecordMessage(StockPrices.NAME, data, System.currentTimeMillis()), null, null);
        }

        static Message state(CursorTracker tracker) {
            StreamState streamState = tracker.cursor() == null
                    ? new StreamState(null, null)
                    : new StreamState(tracker.cursor(), new CursorkitState(keys(tracker.atCursor())));
            return new Message(
                    "STATE",
                    null,
                    new StateMessage(
                            "STREAM",
                            new StreamStateMessage(DESCRIPTOR, streamState),
                            new SourceStats(tracker.takeCount())),
                    null);
        }

        static Message status(String status) {
            return new Message(
                    "TRACE",
                    null,
                    null,
                    new TraceMessage(
                            "STREAM_STATUS", System.currentTimeMillis(), new StreamStatus(DESCRIPTOR, status)));
        }

        private static List<List<String>> keys(List<StockPrice> records) {
            List<List<String>> keys = new ArrayList<>(records.size());
            for (StockPrice record : records) {
                keys.add(List.of(record.stockTicker(), record.date()));
            }
            return keys;
        }
    }

    record RecordMessage(String stream, Object data, @JsonProperty("emitted_at") long emittedAt) {}

    record StateMessage(String type, StreamStateMessage stream, SourceStats sourceStats) {}

    record StreamStateMessage(
            @JsonProperty("stream_descriptor") Descriptor descriptor,
            @JsonProperty("stream_state") StreamState state) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StreamState(String date, CursorkitState cursorkit) {}

    record CursorkitState(@JsonProperty("keys_at_cursor") List<List<String>> keysAtCursor) {}

    record SourceStats(double recordCount) {}

    record TraceMessage(
            String type,
            @JsonProperty("emitted_at") long emittedAt,
            @JsonProperty("stream_status") StreamStatus streamStatus) {}

    record StreamStatus(@JsonProperty("stream_descriptor") Descriptor descriptor, String status) {}

    record Descriptor(String name) {}
}
