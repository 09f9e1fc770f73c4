package io.cursorkit.benchmarks.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The baseline of the HTTP benchmark: what a person writes without cursorkit to sync the {@code
 * trades} of the sample's local stock API. A loop over the pages with the JDK's {@link HttpClient},
 * each page decoded by Jackson into typed records, each record written as an Airbyte RECORD
 * message with a {@link JsonGenerator}, a STATE after each page. No retries, no rate limit, no
 * protocol checks: the least a program must do to write what the connector writes.
 *
 * <pre>
 * java -cp benchmarks.jar io.cursorkit.benchmarks.http.PlainHttpLoop BASE_URL API_KEY TICKERS PAGE_SIZE
 * </pre>
 */
public final class PlainHttpLoop {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final JsonFactory FACTORY = new JsonFactory();

    /** One trade, as the API sends it and the connector writes it. */
    public record Trade(
            long id,
            String ticker,
            String side,
            long quantity,
            double price,
            @JsonProperty("updated_at") OffsetDateTime updatedAt) {}

    /** One page of {@code /trades}. */
    public record Page(List<Trade> data, @JsonProperty("next_page_token") String nextPageToken) {}

    private PlainHttpLoop() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: PlainHttpLoop BASE_URL API_KEY TICKERS PAGE_SIZE");
            System.exit(2);
        }
        try (OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16)) {
            run(args[0], args[1], args[2], Integer.parseInt(args[3]), stdout);
        }
    }

    /** Syncs every trade of {@code tickers} (comma-separated) to {@code sink}; returns the record count. */
    public static long run(String baseUrl, String apiKey, String tickers, int pageSize, OutputStream sink)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String first = baseUrl + "/trades?tickers=" + URLEncoder.encode(tickers, StandardCharsets.UTF_8) + "&limit="
                + pageSize;
        long count = 0;
        try (JsonGenerator out = FACTORY.createGenerator(sink)) {
            out.setRootValueSeparator(null);
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            String url = first;
            while (url != null) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                        .header("X-Api-Key", apiKey)
                        .header("Accept", "application/json")
                        .build();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IOException(url + " answered " + response.statusCode());
                }
                Page page = MAPPER.readValue(response.body(), Page.class);
                long emittedAt = System.currentTimeMillis();
                for (Trade trade : page.data()) {
                    writeRecord(out, trade, emittedAt);
                }
                count += page.data().size();
                if (!page.data().isEmpty()) {
                    writeState(
                            out,
                            page.data().get(page.data().size() - 1),
                            page.data().size());
                }
                url = page.nextPageToken() == null ? null : first + "&page_token=" + page.nextPageToken();
            }
        }
        return count;
    }

    private static void writeRecord(JsonGenerator out, Trade trade, long emittedAt) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "RECORD");
        out.writeObjectFieldStart("record");
        out.writeStringField("stream", "trades");
        out.writeObjectFieldStart("data");
        out.writeNumberField("id", trade.id());
        out.writeStringField("ticker", trade.ticker());
        out.writeStringField("side", trade.side());
        out.writeNumberField("quantity", trade.quantity());
        out.writeNumberField("price", trade.price());
        out.writeStringField("updated_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(trade.updatedAt()));
        out.writeEndObject();
        out.writeNumberField("emitted_at", emittedAt);
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
    }

    private static void writeState(JsonGenerator out, Trade last, int records) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "STATE");
        out.writeObjectFieldStart("state");
        out.writeStringField("type", "STREAM");
        out.writeObjectFieldStart("stream");
        out.writeObjectFieldStart("stream_descriptor");
        out.writeStringField("name", "trades");
        out.writeEndObject();
        out.writeObjectFieldStart("stream_state");
        out.writeStringField("updated_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(last.updatedAt()));
        out.writeEndObject();
        out.writeEndObject();
        out.writeObjectFieldStart("sourceStats");
        out.writeNumberField("recordCount", (double) records);
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
        out.flush();
    }
}
