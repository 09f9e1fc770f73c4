package io.cursorkit.sample.stockticker.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stock API to run the connector against: a JDK {@link HttpServer} over {@link
 * MarketData}, with what makes a real API hard to read.
 *
 * <ul>
 *   <li>{@code GET /stock/{ticker}/chart/{range}}: the ticker's daily prices for {@code max} or
 *       the last {@code Nd} days, as a JSON array <em>in no particular order</em>, with no way to
 *       ask for only the new ones (the tutorial's endpoint).
 *   <li>{@code GET /trades?tickers=AAPL,MSFT&updated_since=...&limit=...&page_token=...}: trades
 *       with {@code updated_at >= updated_since}, oldest first ({@code updated_at}, {@code id}),
 *       {@code {"data": [...], "next_page_token": "..."}}; no token on the last page. {@code limit}
 *       is 1 to 1,000 (default 100).
 *   <li>Both want the key in the {@code X-Api-Key} header or the {@code api_key} query parameter,
 *       and answer 401 without it.
 *   <li>A token bucket: beyond {@code rate} requests a second (bursts of as many), 429 with {@code
 *       Retry-After} in seconds.
 *   <li>Every {@code failEvery}-th request that passes the key and the rate limit fails with a 500,
 *       502 or 503 (in turn), as a flaky API does; the next one succeeds. For tests that must see
 *       429s whatever the machine's speed, every {@code throttleEvery}-th is answered 429 with
 *       {@code Retry-After: 1} (0, the default, turns it off; it goes before {@code failEvery}).
 *   <li>{@code POST /admin/advance?days=N} adds N days of prices and trades (new data between two
 *       syncs); {@code GET /admin/stats} counts what was answered. No key, no limit, no failures.
 * </ul>
 *
 * Run it with {@code run-api.sh}, or {@code java -cp source-stock-ticker-api.jar
 * io.cursorkit.sample.stockticker.api.StockApiServer --help}.
 */
public final class StockApiServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 8642;
    public static final String DEFAULT_API_KEY = "demo-api-key";

    private static final Pattern CHART = Pattern.compile("/stock/([^/]+)/chart/([^/]+)");
    private static final Pattern DAYS_RANGE = Pattern.compile("([1-9][0-9]{0,5})d");
    private static final JsonFactory JSON = new JsonFactory();

    private final Options options;
    private final MarketData data;
    private final TokenBucket bucket;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong passed = new AtomicLong();
    private final Map<String, AtomicLong> stats = new HashMap<>();

    /** How the server behaves; {@link #parse} reads it from the command line. */
    public record Options(
            String host,
            int port,
            String apiKey,
            LocalDate firstDay,
            int days,
            int tradesPerDay,
            int rate,
            int throttleEvery,
            int failEvery,
            int threads) {

        public static Options defaults() {
            return new Options(
                    "127.0.0.1", DEFAULT_PORT, DEFAULT_API_KEY, LocalDate.of(2026, 1, 1), 60, 100, 20, 0, 10, 2);
        }

        public Options withPort(int value) {
            return new Options(
                    host, value, apiKey, firstDay, days, tradesPerDay, rate, throttleEvery, failEvery, threads);
        }

        public Options withApiKey(String value) {
            return new Options(
                    host, port, value, firstDay, days, tradesPerDay, rate, throttleEvery, failEvery, threads);
        }

        public Options withThrottleEvery(int value) {
            return new Options(host, port, apiKey, firstDay, days, tradesPerDay, rate, value, failEvery, threads);
        }

        public Options withRate(int value) {
            return new Options(
                    host, port, apiKey, firstDay, days, tradesPerDay, value, throttleEvery, failEvery, threads);
        }

        public Options withFailEvery(int value) {
            return new Options(host, port, apiKey, firstDay, days, tradesPerDay, rate, throttleEvery, value, threads);
        }

        public Options withData(LocalDate first, int dayCount, int perDay) {
            return new Options(host, port, apiKey, first, dayCount, perDay, rate, throttleEvery, failEvery, threads);
        }

        /** The options of a command line, over the defaults. */
        public static Options parse(String... args) {
            Options o = defaults();
            String host = o.host;
            int port = o.port;
            String key = o.apiKey;
            LocalDate first = o.firstDay;
            int days = o.days;
            int perDay = o.tradesPerDay;
            int rate = o.rate;
            int throttleEvery = o.throttleEvery;
            int failEvery = o.failEvery;
            int threads = o.threads;
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--host" -> host = value;
                    case "--port" -> port = Integer.parseInt(value);
                    case "--api-key" -> key = value;
                    case "--first-day" -> first = LocalDate.parse(value);
                    case "--days" -> days = Integer.parseInt(value);
                    case "--trades-per-day" -> perDay = Integer.parseInt(value);
                    case "--rate" -> rate = Integer.parseInt(value);
                    case "--throttle-every" -> throttleEvery = Integer.parseInt(value);
                    case "--fail-every" -> failEvery = Integer.parseInt(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(host, port, key, first, days, perDay, rate, throttleEvery, failEvery, threads);
        }
    }

    private StockApiServer(Options options) throws IOException {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK hold each answer back by tens of milliseconds. Read once,
        // when the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.options = options;
        this.data = new MarketData(options.firstDay(), options.days(), options.tradesPerDay());
        this.bucket = options.rate() > 0 ? new TokenBucket(options.rate(), options.rate()) : null;
        for (String name : List.of("requests", "ok", "unauthorized", "throttled", "failed", "bad_request")) {
            stats.put(name, new AtomicLong());
        }
        this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
        this.executor = Executors.newFixedThreadPool(Math.max(1, options.threads()), runnable -> {
            Thread thread = new Thread(runnable, "stock-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Starts a server (port 0: any free port). */
    public static StockApiServer start(Options options) throws IOException {
        StockApiServer server = new StockApiServer(options);
        server.server.start();
        return server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port}, the connector's {@code base_url}. */
    public String baseUrl() {
        return "http://" + options.host() + ":" + port();
    }

    public MarketData data() {
        return data;
    }

    /** How many requests got each kind of answer: requests, ok, unauthorized, throttled, failed, bad_request. */
    public Map<String, Long> stats() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        stats.forEach((name, count) -> copy.put(name, count.get()));
        return copy;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---------- requests ----------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                answer(exchange);
            } catch (RuntimeException e) {
                error(exchange, 500, "internal error: " + e);
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            Map<String, String> query = query(uri.getRawQuery());
            if (path.startsWith("/admin/")) {
                admin(exchange, path, query);
                return;
            }
            count("requests");
            String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
            if (key == null) {
                key = query.get("api_key");
            }
            if (!options.apiKey().equals(key)) {
                count("unauthorized");
                error(exchange, 401, "invalid or missing API key: send it in the X-Api-Key header");
                return;
            }
            long wait = bucket == null ? 0 : bucket.take();
            if (wait > 0) {
                count("throttled");
                exchange.getResponseHeaders().set("Retry-After", Long.toString(wait));
                error(exchange, 429, "rate limit exceeded: at most " + options.rate() + " requests a second");
                return;
            }
            long n = passed.incrementAndGet();
            if (options.throttleEvery() > 0 && n % options.throttleEvery() == 0) {
                count("throttled");
                exchange.getResponseHeaders().set("Retry-After", "1");
                error(exchange, 429, "rate limit exceeded; try again in a second");
                return;
            }
            if (options.failEvery() > 0 && n % options.failEvery() == 0) {
                count("failed");
                int[] statuses = {500, 502, 503};
                int status = statuses[(int) ((n / options.failEvery()) % 3)];
                error(exchange, status, "the stock service failed; try again");
                return;
            }
            Matcher chart = CHART.matcher(path);
            if (chart.matches() && exchange.getRequestMethod().equals("GET")) {
                chart(exchange, chart.group(1), chart.group(2));
            } else if (path.equals("/trades") && exchange.getRequestMethod().equals("GET")) {
                trades(exchange, query);
            } else {
                error(exchange, 404, "no such endpoint: " + exchange.getRequestMethod() + " " + path);
            }
        }
    }

    private void chart(HttpExchange exchange, String ticker, String range) throws IOException {
        int index = MarketData.tickerIndex(ticker);
        if (index < 0) {
            error(exchange, 404, "unknown symbol " + ticker + "; known: " + String.join(", ", MarketData.TICKERS));
            return;
        }
        int count;
        Matcher days = DAYS_RANGE.matcher(range);
        if (range.equals("max")) {
            count = data.days();
        } else if (days.matches()) {
            count = Integer.parseInt(days.group(1));
        } else {
            badRequest(exchange, "range must be max or a number of days such as 7d, not " + range);
            return;
        }
        count("ok");
        respond(exchange, 200, json -> {
            json.writeStartArray();
            for (int day : data.chartDays(index, count)) {
                MarketData.Price price = data.price(index, day);
                json.writeStartObject();
                json.writeStringField("ticker", price.ticker());
                json.writeStringField("date", price.date().toString());
                json.writeNumberField("open", price.open());
                json.writeNumberField("high", price.high());
                json.writeNumberField("low", price.low());
                json.writeNumberField("close", price.close());
                json.writeNumberField("volume", price.volume());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private void trades(HttpExchange exchange, Map<String, String> query) throws IOException {
        boolean[] wanted = new boolean[MarketData.TICKERS.size()];
        String tickers = query.get("tickers");
        if (tickers == null || tickers.isBlank()) {
            java.util.Arrays.fill(wanted, true);
        } else {
            for (String ticker : tickers.split(",")) {
                int index = MarketData.tickerIndex(ticker.strip().toUpperCase(Locale.ROOT));
                if (index < 0) {
                    error(exchange, 404, "unknown symbol " + ticker);
                    return;
                }
                wanted[index] = true;
            }
        }
        int limit;
        long from;
        try {
            limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : 100;
            if (limit < 1 || limit > 1000) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            badRequest(exchange, "limit must be 1 to 1000");
            return;
        }
        try {
            if (query.containsKey("page_token")) {
                from = decodeToken(query.get("page_token"));
            } else if (query.containsKey("updated_since")) {
                from = data.firstIdAtOrAfter(OffsetDateTime.parse(query.get("updated_since")));
            } else {
                from = 1;
            }
        } catch (DateTimeParseException e) {
            badRequest(exchange, "updated_since must be an ISO-8601 date-time such as 2026-01-02T10:00:00Z");
            return;
        } catch (IllegalArgumentException e) {
            badRequest(exchange, "page_token is not one this API gave");
            return;
        }
        long last = data.tradeCount();
        List<MarketData.Trade> page = new ArrayList<>(limit);
        long id = from;
        for (; id <= last && page.size() < limit; id++) {
            if (wanted[data.tradeTicker(id)]) {
                page.add(data.trade(id));
            }
        }
        long next = id;
        count("ok");
        respond(exchange, 200, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("data");
            for (MarketData.Trade trade : page) {
                json.writeStartObject();
                json.writeNumberField("id", trade.id());
                json.writeStringField("ticker", trade.ticker());
                json.writeStringField("side", trade.side());
                json.writeNumberField("quantity", trade.quantity());
                json.writeNumberField("price", trade.price());
                json.writeStringField("updated_at", trade.updatedAt().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (next <= last) {
                json.writeStringField("next_page_token", encodeToken(next));
            } else {
                json.writeNullField("next_page_token");
            }
            json.writeEndObject();
        });
    }

    private void admin(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        if (path.equals("/admin/advance") && exchange.getRequestMethod().equals("POST")) {
            int days;
            try {
                days = Integer.parseInt(query.getOrDefault("days", "1"));
                data.addDays(days);
            } catch (IllegalArgumentException e) {
                badRequest(exchange, "days must be a number of 1 or more");
                return;
            }
        } else if (!(path.equals("/admin/stats") && exchange.getRequestMethod().equals("GET"))) {
            error(exchange, 404, "no such endpoint: " + exchange.getRequestMethod() + " " + path);
            return;
        }
        Map<String, Long> counts = stats();
        respond(exchange, 200, json -> {
            json.writeStartObject();
            json.writeStringField("first_day", data.firstDay().toString());
            json.writeStringField("last_day", data.lastDay().toString());
            json.writeNumberField("trades", data.tradeCount());
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                json.writeNumberField(count.getKey(), count.getValue());
            }
            json.writeEndObject();
        });
    }

    // ---------- helpers ----------

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private void respond(HttpExchange exchange, int status, Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            body.write(json);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.size());
        bytes.writeTo(exchange.getResponseBody());
    }

    private void badRequest(HttpExchange exchange, String message) throws IOException {
        count("bad_request");
        error(exchange, 400, message);
    }

    private void error(HttpExchange exchange, int status, String message) throws IOException {
        respond(exchange, status, json -> {
            json.writeStartObject();
            json.writeStringField("error", message);
            json.writeEndObject();
        });
    }

    private void count(String name) {
        stats.get(name).incrementAndGet();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                query.putIfAbsent(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static String encodeToken(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long decodeToken(String token) {
        String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        if (!text.startsWith("after:")) {
            throw new IllegalArgumentException(token);
        }
        long id = Long.parseLong(text.substring("after:".length()));
        if (id < 1) {
            throw new IllegalArgumentException(token);
        }
        return id;
    }

    // ---------- command line ----------

    /**
     * Runs the server in the foreground until it is killed. Prints one line, {@code stock API
     * listening on http://host:port ...}; with {@code --port-file F} also writes the port to F.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("usage: StockApiServer [--port 8642] [--host 127.0.0.1] [--api-key demo-api-key]"
                    + " [--first-day 2026-01-01] [--days 60] [--trades-per-day 100] [--rate 20] [--throttle-every 0] [--fail-every 10]"
                    + " [--threads 2] [--port-file FILE]\n"
                    + "  --port 0 picks a free port; 0 turns --rate, --throttle-every and --fail-every off.");
            return;
        }
        List<String> rest = new ArrayList<>(List.of(args));
        Path portFile = null;
        int at = rest.indexOf("--port-file");
        if (at >= 0 && at + 1 < rest.size()) {
            portFile = Path.of(rest.get(at + 1));
            rest.remove(at + 1);
            rest.remove(at);
        }
        Options options;
        try {
            options = Options.parse(rest.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("StockApiServer: " + e.getMessage() + " (--help for the options)");
            System.exit(2);
            return;
        }
        StockApiServer server = start(options);
        if (portFile != null) {
            try {
                Files.writeString(portFile, server.port() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.printf(
                "stock API listening on %s (api key %s; %s to %s, %d trades; rate %s; fail every %s)%n",
                server.baseUrl(),
                options.apiKey(),
                server.data.firstDay(),
                server.data.lastDay(),
                server.data.tradeCount(),
                options.rate() > 0 ? options.rate() + " requests/s" : "off",
                options.failEvery() > 0 ? options.failEvery() + "th request" : "off");
        System.out.flush();
        new java.util.concurrent.CountDownLatch(1).await(); // serves until the process is killed
    }
}
