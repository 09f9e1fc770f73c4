package io.cursorkit.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One successful answer, parsed: its JSON body, its headers and the records at the read's JSON
 * pointer (still JSON; the read decodes them). What a {@link io.cursorkit.http.paging.Paging}
 * looks at to find the next page.
 *
 * <p>An empty body reads as JSON {@code null}. A body that is not JSON, or whose records pointer
 * is missing or not an array, is an {@link HttpException} naming the request.
 *
 * <p>Why it keeps the bytes: a page of records is read once with a streaming parser that notes
 * where each record lies, and each record is then decoded straight from its bytes into the
 * author's type, as a hand-written loop would. A tree of the whole body ({@link #body()}, {@link
 * #records()}) is built only when something asks for one; {@link #text} finds its value by
 * streaming too, so the usual paging styles never build it.
 */
public final class Page {
    private final Request request;
    private final int status;
    private final HttpHeaders headers;
    private final byte[] raw;
    private final JsonPointer pointer;
    /** Where record {@code i} lies in {@link #raw}: from {@code starts[i]} to {@code ends[i]}. */
    private final int[] starts;

    private final int[] ends;
    /** The records already decoded in the one pass over the page, or null (decoded on demand). */
    private final List<?> decoded;

    private JsonNode body;
    private List<JsonNode> records;

    private Page(
            Request request,
            int status,
            HttpHeaders headers,
            byte[] raw,
            JsonPointer pointer,
            int[] starts,
            int[] ends,
            List<?> decoded,
            JsonNode body) {
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.raw = raw;
        this.pointer = pointer;
        this.starts = starts;
        this.ends = ends;
        this.decoded = decoded;
        this.body = body;
    }

    /**
     * The page of {@code response}, with the records at {@code pointer} (null: none), decoded into
     * {@code type} in the same pass when it is given. A record that does not decode makes that pass
     * give up: the page is then read again without decoding, and each record is decoded when it is
     * asked for, so the failure surfaces at that record, as it would have without the shortcut.
     */
    static Page parse(Request request, HttpResponse<byte[]> response, JsonPointer pointer, Class<?> type) {
        byte[] raw = response.body();
        if (raw.length == 0 || pointer == null) {
            JsonNode body = raw.length == 0 ? NullNode.getInstance() : tree(request, response.statusCode(), raw);
            if (pointer != null && !body.at(pointer).isNull()) {
                throw noRecords(request, response.statusCode(), raw, pointer);
            }
            return new Page(
                    request,
                    response.statusCode(),
                    response.headers(),
                    raw,
                    pointer,
                    new int[0],
                    new int[0],
                    null,
                    body);
        }
        if (type != null) {
            try {
                return scan(request, response, pointer, request.source().reader(type));
            } catch (Undecodable e) {
                // fall through: read the page again without decoding; that record fails when asked for
            }
        }
        return scan(request, response, pointer, null);
    }

    /**
     * One pass over the page: notes where each record lies and, given a {@code reader}, decodes it
     * there and then, as a hand-written loop would.
     *
     * @throws Undecodable when a record does not decode into the reader's type
     */
    private static Page scan(Request request, HttpResponse<byte[]> response, JsonPointer pointer, ObjectReader reader) {
        byte[] raw = response.body();
        IntList starts = new IntList();
        IntList ends = new IntList();
        List<Object> decoded = reader == null ? null : new ArrayList<>();
        try (JsonParser parser = request.source().mapper().createParser(raw)) {
            JsonParser matched = at(parser, pointer);
            JsonToken first = matched.nextToken();
            if (first == null) {
                drain(parser);
                throw noRecords(request, response.statusCode(), raw, pointer);
            }
            if (first == JsonToken.START_ARRAY) {
                for (JsonToken t = matched.nextToken(); t != JsonToken.END_ARRAY; t = matched.nextToken()) {
                    starts.add((int) matched.currentTokenLocation().getByteOffset());
                    if (decoded == null) {
                        matched.skipChildren();
                    } else {
                        decoded.add(decode(reader, matched));
                    }
                    ends.add((int) matched.currentLocation().getByteOffset());
                }
            } else if (first != JsonToken.VALUE_NULL) {
                drain(parser);
                throw HttpException.badResponse(
                        request,
                        response.statusCode(),
                        "its body at " + describe(pointer) + " is a JSON " + kind(first) + ", not an array of records",
                        null);
            }
            drain(parser); // the rest must be JSON too, as a tree of the whole body would require
        } catch (IOException e) {
            throw notJson(request, response.statusCode(), raw, e);
        }
        return new Page(
                request,
                response.statusCode(),
                response.headers(),
                raw,
                pointer,
                starts.array(),
                ends.array(),
                decoded == null ? null : Collections.unmodifiableList(decoded),
                null);
    }

    /** The record at the parser; a record that does not fit the type is {@link Undecodable}. */
    private static Object decode(ObjectReader reader, JsonParser parser) throws IOException {
        try {
            return reader.readValue(parser);
        } catch (DatabindException | RuntimeException e) {
            throw new Undecodable();
        }
    }

    /** A record did not decode in the one pass: the page is read again the careful way. */
    private static final class Undecodable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Undecodable() {
            super(null, null, false, false);
        }
    }

    /** The tokens of the value at {@code pointer} only (the whole body for the empty pointer). */
    private static JsonParser at(JsonParser parser, JsonPointer pointer) {
        return pointer.matches()
                ? parser
                : new FilteringParserDelegate(
                        parser, new JsonPointerBasedFilter(pointer), TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false);
    }

    private static JsonNode tree(Request request, int status, byte[] raw) {
        try {
            return request.source().mapper().readTree(raw);
        } catch (IOException e) {
            throw notJson(request, status, raw, e);
        }
    }

    private static void drain(JsonParser parser) throws IOException {
        while (parser.nextToken() != null) {
            parser.skipChildren();
        }
    }

    private static HttpException notJson(Request request, int status, byte[] raw, IOException e) {
        return HttpException.badResponse(request, status, "its body is not JSON: " + Exchange.excerpt(request, raw), e);
    }

    private static HttpException noRecords(Request request, int status, byte[] raw, JsonPointer pointer) {
        return HttpException.badResponse(
                request,
                status,
                "its body has no " + pointer + " to read records from: " + Exchange.excerpt(request, raw),
                null);
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    /** {@code pointer} compiled, or an {@link IllegalArgumentException} saying what a pointer looks like. */
    static JsonPointer compile(String pointer) {
        try {
            return JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + pointer + "\" is not a JSON pointer: write \"/data\", \"/result/items\", or \"\" for the"
                            + " whole body",
                    e);
        }
    }

    /** The request this page answers. */
    public Request request() {
        return request;
    }

    public int status() {
        return status;
    }

    /** The whole JSON body ({@code null} node for an empty body), as a tree made on first use. */
    public JsonNode body() {
        if (body == null) {
            body = tree(request, status, raw);
        }
        return body;
    }

    /** The first value of the header {@code name} (case-insensitive). */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** Every value of the header {@code name}, in order. */
    public List<String> headers(String name) {
        return headers.allValues(name);
    }

    /** The records of this page, as JSON, in order (empty when the array is null or empty). */
    public List<JsonNode> records() {
        if (records == null) {
            List<JsonNode> nodes = new ArrayList<>(starts.length);
            body().at(pointer).forEach(nodes::add);
            records = Collections.unmodifiableList(nodes);
        }
        return records;
    }

    public int recordCount() {
        return starts.length;
    }

    /**
     * The text of the body's value at {@code pointer} (a string, or a number or boolean written as
     * text); empty when it is missing, null, an empty string, an object or an array.
     */
    public Optional<String> text(String pointer) {
        JsonPointer at = compile(pointer);
        if (body != null || raw.length == 0) {
            return text(body().at(at));
        }
        try (JsonParser parser = request.source().mapper().createParser(raw)) {
            JsonToken token = at(parser, at).nextToken();
            if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
                return Optional.empty();
            }
            String text = parser.getText();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            throw notJson(request, status, raw, e); // parse() read it whole already: cannot happen
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isValueNode() && !node.isNull() && !node.asText().isEmpty()
                ? Optional.of(node.asText())
                : Optional.empty();
    }

    /**
     * The exception to throw when this answer cannot be read as expected, for a {@link
     * io.cursorkit.http.paging.Paging} of the author's: its message is {@code GET <url> answered
     * 200, but <clause>}, with the URL's secrets written {@code ****}.
     */
    public HttpException unreadable(String clause) {
        return HttpException.badResponse(request, status, request.source().redact(clause), null);
    }

    /** Record {@code index} as {@code type}: decoded already in the page's one pass, else now. */
    <R> R record(int index, Class<R> type, String what) {
        return decoded != null ? type.cast(decoded.get(index)) : decode(index, type, what);
    }

    /** Record {@code index} decoded from its bytes into {@code type}; {@code what} names it in the failure. */
    <R> R decode(int index, Class<R> type, String what) {
        try {
            return request.source().reader(type).readValue(raw, starts[index], ends[index] - starts[index]);
        } catch (IOException | IllegalArgumentException e) {
            throw undecodable(type, what, e);
        }
    }

    /** {@code node} decoded into {@code type}; {@code what} names it in the failure ("record 3 at /data"). */
    <R> R decode(JsonNode node, Class<R> type, String what) {
        try {
            return request.source().mapper().treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw undecodable(type, what, e);
        }
    }

    private HttpException undecodable(Class<?> type, String what, Exception e) {
        String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return HttpException.badResponse(
                request, status, what + " does not decode as " + type.getSimpleName() + ": " + firstLine(reason), e);
    }

    /** A growable list of ints: record offsets without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] array() {
            return Arrays.copyOf(values, size);
        }
    }

    private static String describe(JsonPointer pointer) {
        return pointer.matches() ? "the top level" : pointer.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "(no reason given)";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The request, the status and the number of records; never the body or a header. */
    @Override
    public String toString() {
        return "Page[" + request + " -> " + status + ", " + starts.length + " records]";
    }
}
