package io.cursorkit.http;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.http.paging.Paging;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One request to an {@link HttpSource}, and how to read its answer: immutable, every method that
 * changes something returns a new {@code Request}. Nothing is sent until a terminal method runs:
 * {@link #json()}, {@link #value}, or (lazily, page by page) {@link #records}, {@link #iterator} and
 * {@link #pages}.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>{@link #query(String, Object)} sets a parameter: it replaces every earlier value of that
 *       name, and a null value removes it (so {@code query("since", since)} with a null {@code
 *       since} on a first sync sends no {@code since}). Values are written with {@link
 *       String#valueOf}: {@code LocalDate} and {@code Instant} as ISO-8601.
 *   <li>Records are read from the JSON array at a <a href="https://www.rfc-editor.org/rfc/rfc6901">JSON
 *       pointer</a> of each page: {@code "/data"}, {@code "/result/items"}, or {@code ""} for a
 *       page that is the array itself. A page where it is {@code null} has no records; a page
 *       where it is missing or not an array fails (a misspelt pointer must not look like an
 *       empty API).
 *   <li>Each record is decoded into the record type by the source's {@link HttpSource#mapper()
 *       mapper}; a record that does not decode fails the read with its page and index.
 *   <li>{@link #toString()} is the method and the URL with secrets written {@code ****}.
 * </ul>
 */
public final class Request {
    private final HttpSource source;
    private final String method;
    private final String endpoint;
    private final List<String> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Paging paging;

    Request(
            HttpSource source,
            String method,
            String endpoint,
            List<String> query,
            Map<String, String> headers,
            byte[] body) {
        this(source, method, endpoint, query, headers, body, Paging.none());
    }

    private Request(
            HttpSource source,
            String method,
            String endpoint,
            List<String> query,
            Map<String, String> headers,
            byte[] body,
            Paging paging) {
        this.source = source;
        this.method = method;
        this.endpoint = endpoint;
        this.query = List.copyOf(query);
        this.headers = headers;
        this.body = body;
        this.paging = paging;
        URI.create(endpoint); // fails early, on the author's path, with the character at fault
    }

    /** This request with the query parameter {@code name} set to {@code value}, or removed when it is null. */
    public Request query(String name, Object value) {
        Objects.requireNonNull(name, "name");
        List<String> pairs = new ArrayList<>();
        for (String pair : query) {
            if (!Urls.name(pair).equals(name)) {
                pairs.add(pair);
            }
        }
        if (value != null) {
            pairs.add(Urls.pair(name, value));
        }
        return new Request(source, method, endpoint, pairs, headers, body, paging);
    }

    /** The first value of the query parameter {@code name}, decoded. */
    public Optional<String> queryValue(String name) {
        return query.stream()
                .filter(pair -> Urls.name(pair).equals(name))
                .map(Urls::value)
                .findFirst();
    }

    /** This request with a header, besides (or instead of the same name among) the source's headers. */
    public Request header(String name, String value) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.put(name, Headers.check(name, value));
        return new Request(source, method, endpoint, query, Map.copyOf(merged), body, paging);
    }

    /** This request with {@code json} (any value the source's mapper can write) as its JSON body. */
    public Request body(Object json) {
        try {
            byte[] bytes = source.mapper().writeValueAsBytes(json);
            return new Request(source, method, endpoint, query, headers, bytes, paging)
                    .header("Content-Type", "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "The body of " + this + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** This request read page after page as {@code paging} says; without it, a read is one page. */
    public Request paginate(Paging paging) {
        return new Request(source, method, endpoint, query, headers, body, Objects.requireNonNull(paging, "paging"));
    }

    /**
     * A request for {@code link}, resolved against this request's URL (for a next link): the same
     * method, headers and body, and the source's query parameters where the link lacks them.
     *
     * @throws HttpException when the link is not a URL, or leads to another scheme, host or port
     *     than the source's base URL: the source's credentials are only sent to its own origin
     */
    public Request link(String link) {
        URI target;
        try {
            String trimmed = link.strip();
            // a query alone replaces the query (RFC 3986); URI.resolve would drop the last path segment
            target = trimmed.startsWith("?") ? URI.create(endpoint + trimmed) : uri().resolve(trimmed);
        } catch (IllegalArgumentException e) {
            throw HttpException.badLink(this, "is not a URL: " + source.redact(link));
        }
        if (!Urls.sameOrigin(target, source.baseUrl())) {
            throw HttpException.badLink(
                    this,
                    "leads to " + Urls.origin(target) + ", not to " + Urls.origin(source.baseUrl())
                            + "; the source's credentials are only sent to its own base URL");
        }
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        List<String> pairs = new ArrayList<>(Urls.pairs(target.getRawQuery()));
        for (String pair : source.defaultQuery()) {
            String name = Urls.name(pair);
            if (pairs.stream().noneMatch(p -> Urls.name(p).equals(name))) {
                pairs.add(pair);
            }
        }
        String origin = target.getScheme() + "://" + target.getRawAuthority();
        return new Request(source, method, origin + path, pairs, headers, body, paging);
    }

    public String method() {
        return method;
    }

    /** The full URL. It may hold secrets (an API key parameter): never log it; {@link #toString()} is safe. */
    public URI uri() {
        return URI.create(query.isEmpty() ? endpoint : endpoint + "?" + String.join("&", query));
    }

    public Paging paging() {
        return paging;
    }

    /** Sends this request once (with retries) and answers its whole JSON body; paging is not followed. */
    public JsonNode json() {
        return source.exchange().page(this, null).body();
    }

    /** Sends this request once (with retries) and decodes the value at {@code pointer} of its body. */
    public <R> R value(String pointer, Class<R> type) {
        JsonPointer at = Page.compile(pointer);
        Page page = source.exchange().page(this, null);
        JsonNode node = page.body().at(at);
        if (node.isMissingNode()) {
            throw HttpException.badResponse(this, page.status(), "its body has nothing at " + pointer, null);
        }
        return page.decode(node, type, at.matches() ? "its body" : "the value at " + pointer);
    }

    /**
     * The records of every page, decoded into {@code type}, fetched lazily: the first page is
     * requested by the first call to {@code hasNext}/{@code tryAdvance}, and each next page only
     * when the previous page's records have all been handed out and one more is asked for. No
     * page is fetched ahead. Close the stream to stop early ({@code read}'s caller does).
     */
    public <R> Stream<R> records(String pointer, Class<R> type) {
        RecordIterator<R> iterator = iterator(pointer, type);
        Spliterator<R> spliterator =
                Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(iterator::close);
    }

    /** {@link #records} as an iterator: the same laziness, and {@code close()} stops it. */
    public <R> RecordIterator<R> iterator(String pointer, Class<R> type) {
        Objects.requireNonNull(type, "type");
        return new RecordIterator<>(new Pages(this, Page.compile(pointer), type), type);
    }

    /** The pages themselves, lazily as {@link #records}; {@code pointer} locates each page's records. */
    public Stream<Page> pages(String pointer) {
        Pages pages = new Pages(this, Page.compile(pointer));
        Spliterator<Page> spliterator =
                Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(pages::close);
    }

    HttpSource source() {
        return source;
    }

    /** The JDK request of one attempt, with the source's headers and then this request's. */
    HttpRequest toHttpRequest() {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri()).timeout(source.timeout()).header("Accept", "application/json");
        Headers.merge(source.headers(), headers).forEach(builder::setHeader);
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        return builder.method(method, publisher).build();
    }

    /** The method and the URL, secrets written {@code ****}; never a header or the body. */
    @Override
    public String toString() {
        return method + " " + source.redact(uri().toString());
    }
}
