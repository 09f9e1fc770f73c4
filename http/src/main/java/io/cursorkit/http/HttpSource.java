package io.cursorkit.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One HTTP JSON API, as a stream's {@code read} method uses it: its base URL, the headers and
 * credentials every request carries, the timeout, the retry policy and the rate limit. Build one
 * per stream (in its constructor, or in {@code read}) and start requests from it:
 *
 * <pre>{@code
 * HttpSource api = HttpSource.builder(URI.create(config.baseUrl()))
 *         .secretHeader("X-Api-Key", config.apiKey())
 *         .rateLimit(10, Duration.ofSeconds(1))
 *         .build();
 * return api.get("/stock/{ticker}/prices", Map.of("ticker", ticker))
 *         .query("since", since)
 *         .paginate(Paging.pageToken("/next_page_token", "page_token"))
 *         .records("/data", StockPrice.class);
 * }</pre>
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>A request's path is appended to the base URL's path ({@code https://h/v1} and {@code
 *       /prices} give {@code https://h/v1/prices}); {@code {name}} placeholders take URL-encoded
 *       values from the map, and every placeholder needs a value.
 *   <li>Every request carries the builder's headers, {@code Accept: application/json}, and the
 *       builder's {@link Builder#query query parameters}. Redirects are not followed.
 *   <li>Secrets never appear in a message, a log line or a {@code toString()}: values given to
 *       {@link Builder#secret}, {@link Builder#secretHeader}, {@link Builder#bearerToken}, {@link
 *       Builder#basicAuth}, and the values of headers and query parameters whose names look secret
 *       ({@code Authorization}, {@code X-Api-Key}, {@code api_key}, {@code access_token}, ...: names
 *       containing {@code token}, {@code secret}, {@code password}, {@code api_key}, {@code
 *       signature}, {@code credential}, {@code session}, {@code authorization}, or named {@code
 *       key}, {@code sig}, {@code auth}) are written {@code ****}. Header values are never written
 *       at all, only header names.
 *   <li>Failures are {@link HttpException}s (a {@code system_error}), except rejected credentials:
 *       {@link CredentialsException} (a {@code config_error}). See {@link Retry} for what is retried.
 *   <li>An {@code HttpSource} is immutable and safe to share between threads; the rate limit is
 *       counted over all requests of one source.
 * </ul>
 */
public final class HttpSource {
    private final URI baseUrl;
    private final Map<String, String> headers;
    private final List<String> defaultQuery;
    private final Duration timeout;
    private final ObjectMapper mapper;
    /** One reader per record type: its deserializer is found once, not for every record. */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    private final Redactor redactor;
    private final Exchange exchange;

    private HttpSource(Builder builder) {
        this.baseUrl = builder.baseUrl;
        this.headers = Map.copyOf(builder.headers);
        this.defaultQuery = List.copyOf(builder.query);
        this.timeout = builder.timeout;
        this.mapper = builder.mapper != null ? builder.mapper : defaultMapper();
        this.redactor = builder.redactor();
        HttpClient client = builder.client != null
                ? builder.client
                : HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        RateLimiter limiter = builder.rateRequests == 0
                ? null
                : new RateLimiter(builder.rateRequests, builder.ratePeriod, builder.time);
        this.exchange = new Exchange(client, builder.retry, limiter, builder.time);
    }

    /** Starts a source whose requests go to {@code baseUrl} (absolute, http or https, no query). */
    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    /** A GET of {@code path} (which may end with a {@code ?query}). */
    public Request get(String path) {
        return get(path, Map.of());
    }

    /** A GET of {@code path} with its {@code {name}} placeholders filled from {@code pathParameters}. */
    public Request get(String path, Map<String, ?> pathParameters) {
        return request("GET", path, pathParameters);
    }

    /** A POST of {@code path}, for APIs that search with POST; give it a {@link Request#body body}. */
    public Request post(String path, Map<String, ?> pathParameters) {
        return request("POST", path, pathParameters);
    }

    private Request request(String method, String path, Map<String, ?> pathParameters) {
        Objects.requireNonNull(path, "path");
        String expanded = Urls.expand(path, pathParameters);
        int question = expanded.indexOf('?');
        String endpoint = Urls.join(baseUrl, question < 0 ? expanded : expanded.substring(0, question));
        List<String> pairs = new ArrayList<>(defaultQuery);
        pairs.addAll(Urls.pairs(question < 0 ? null : expanded.substring(question + 1)));
        return new Request(this, method, endpoint, pairs, Map.of(), null);
    }

    /** The mapper that decodes records: the builder's, or one with Java time types that ignores unknown properties. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The reader that decodes records of {@code type} with {@link #mapper()}. */
    ObjectReader reader(Class<?> type) {
        return readers.computeIfAbsent(type, mapper::readerFor);
    }

    /** {@code text} with this source's secrets written {@code ****}: for the author's own messages. */
    public String redact(String text) {
        return redactor.redact(text);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    Map<String, String> headers() {
        return headers;
    }

    List<String> defaultQuery() {
        return defaultQuery;
    }

    Duration timeout() {
        return timeout;
    }

    Redactor redactor() {
        return redactor;
    }

    Exchange exchange() {
        return exchange;
    }

    /** The base URL and the names of the headers; never a header value. */
    @Override
    public String toString() {
        return "HttpSource[" + redactor.redact(baseUrl.toString()) + ", headers " + new TreeSet<>(headers.keySet())
                + "]";
    }

    /**
     * The mapper used when the builder is given none: {@code LocalDate}, {@code Instant}, {@code
     * OffsetDateTime} and the other {@code java.time} types from their ISO-8601 strings (offsets
     * kept as the API sent them), decimals kept exact ({@code 12.50} stays {@code 12.50} in a
     * {@code BigDecimal}: pages are parsed to a tree first, where a {@code double} would round),
     * and JSON properties the record type does not have ignored.
     */
    static ObjectMapper defaultMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /**
     * Collects an {@link HttpSource}'s settings. Defaults: a 30 s timeout per attempt, {@link
     * Retry#defaults()}, no rate limit, {@link TimeSource#system()}, the JDK's {@link HttpClient}.
     * Header and query values must not be null.
     */
    public static final class Builder {
        private final URI baseUrl;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<String> query = new ArrayList<>();
        private final List<String> secrets = new ArrayList<>();
        private final Set<String> secretParameters = new TreeSet<>();
        private Duration timeout = Duration.ofSeconds(30);
        private Retry retry = Retry.defaults();
        private int rateRequests;
        private Duration ratePeriod;
        private ObjectMapper mapper;
        private HttpClient client;
        private TimeSource time = TimeSource.system();

        private Builder(URI baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            if (!baseUrl.isAbsolute()
                    || baseUrl.getHost() == null
                    || !baseUrl.getScheme().matches("(?i)https?")) {
                throw new IllegalArgumentException(
                        "The base URL must be an absolute http or https URL with a host, not " + baseUrl.getScheme()
                                + "://" + baseUrl.getHost() + baseUrl.getRawPath());
            }
            if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
                throw new IllegalArgumentException(
                        "The base URL must have no query or fragment; give query parameters to Builder.query");
            }
            this.baseUrl = baseUrl;
        }

        /**
         * A header on every request. When its name looks secret ({@code Authorization}, {@code
         * X-Api-Key}, ...), its value is also registered as a {@link #secret}.
         */
        public Builder header(String name, String value) {
            headers.put(name, Headers.check(name, value));
            return this;
        }

        /** A header on every request whose value is a {@link #secret}, whatever its name. */
        public Builder secretHeader(String name, String value) {
            secret(value);
            return header(name, value);
        }

        /** {@code Authorization: Bearer token}; the token is a secret. */
        public Builder bearerToken(String token) {
            return header("Authorization", "Bearer " + Objects.requireNonNull(token, "token"));
        }

        /** {@code Authorization: Basic ...} from a user name and a password; the password is a secret. */
        public Builder basicAuth(String user, String password) {
            secret(password);
            String pair = Objects.requireNonNull(user, "user") + ":" + password;
            return header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }

        /**
         * A query parameter on every request (an API key, an API version); a followed next link
         * gets it too when it does not have it. When its name looks secret, its value is also a
         * {@link #secret}.
         */
        public Builder query(String name, Object value) {
            query.add(Urls.pair(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
            return this;
        }

        /** Values written {@code ****} wherever they would appear (in URLs, response excerpts, causes). */
        public Builder secret(String... values) {
            for (String value : values) {
                secrets.add(Objects.requireNonNull(value, "secret"));
            }
            return this;
        }

        /** Query parameter (or JSON member) names whose values are written {@code ****}, besides the usual ones. */
        public Builder secretParameter(String... names) {
            secretParameters.addAll(List.of(names));
            return this;
        }

        /**
         * How long one attempt may wait to connect, and then for the answer's status and headers
         * (default 30 s); an attempt that takes longer fails with a timeout, which is retried.
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("The timeout must be positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** When failed attempts are repeated (default {@link Retry#defaults()}; {@link Retry#none()}: never). */
        public Builder retries(Retry retry) {
            this.retry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /**
         * At most {@code requests} attempts in any window of {@code period}, retries included: an
         * attempt that would exceed it waits. Over all requests of the source, from any thread.
         */
        public Builder rateLimit(int requests, Duration period) {
            if (requests < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate limit needs at least 1 request per positive period, not "
                        + requests + " per " + period);
            }
            this.rateRequests = requests;
            this.ratePeriod = period;
            return this;
        }

        /** The mapper that decodes records, instead of {@link HttpSource#mapper() the default}. */
        public Builder mapper(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /** The HTTP client to send with (a proxy, TLS settings); its own timeouts and redirects then apply too. */
        public Builder httpClient(HttpClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /** The clocks and sleep of retries and the rate limit (default {@link TimeSource#system()}); for tests. */
        public Builder timeSource(TimeSource time) {
            this.time = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * Removes the registered secrets, the values of headers and default query parameters whose
         * names look secret, and the credentials of {@code Authorization} headers.
         */
        private Redactor redactor() {
            List<String> all = new ArrayList<>(secrets);
            all.addAll(Headers.secretValues(headers, secretParameters));
            for (String pair : query) {
                if (Redactor.looksSecret(Urls.name(pair), secretParameters)) {
                    all.add(Urls.value(pair));
                }
            }
            return new Redactor(all, secretParameters);
        }

        public HttpSource build() {
            return new HttpSource(this);
        }
    }
}
