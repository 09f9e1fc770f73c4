package io.cursorkit.http;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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
 */
public final class Page {
    private final Request request;
    private final int status;
    private final HttpHeaders headers;
    private final JsonNode body;
    private final List<JsonNode> records;

    private Page(Request request, int status, HttpHeaders headers, JsonNode body, List<JsonNode> records) {
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.records = records;
    }

    /** The page of {@code response}, with the records at {@code pointer} (null: none). */
    static Page parse(Request request, HttpResponse<byte[]> response, JsonPointer pointer) {
        ObjectMapper mapper = request.source().mapper();
        JsonNode body;
        try {
            body = response.body().length == 0 ? NullNode.getInstance() : mapper.readTree(response.body());
        } catch (IOException e) {
            throw HttpException.badResponse(
                    request,
                    response.statusCode(),
                    "its body is not JSON: " + Exchange.excerpt(request, response.body()),
                    e);
        }
        JsonNode array = pointer == null ? NullNode.getInstance() : body.at(pointer);
        List<JsonNode> records = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(records::add);
        } else if (array.isMissingNode()) {
            throw HttpException.badResponse(
                    request,
                    response.statusCode(),
                    "its body has no " + pointer + " to read records from: "
                            + Exchange.excerpt(request, response.body()),
                    null);
        } else if (!array.isNull()) {
            throw HttpException.badResponse(
                    request,
                    response.statusCode(),
                    "its body at " + describe(pointer) + " is a JSON "
                            + array.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an array of records",
                    null);
        }
        return new Page(
                request, response.statusCode(), response.headers(), body, Collections.unmodifiableList(records));
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

    /** The whole JSON body ({@code null} node for an empty body). */
    public JsonNode body() {
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
        return records;
    }

    public int recordCount() {
        return records.size();
    }

    /**
     * The text of the body's value at {@code pointer} (a string, or a number or boolean written as
     * text); empty when it is missing, null, an empty string, an object or an array.
     */
    public Optional<String> text(String pointer) {
        JsonNode node = body.at(compile(pointer));
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

    /** {@code node} decoded into {@code type}; {@code what} names it in the failure ("record 3 at /data"). */
    <R> R decode(JsonNode node, Class<R> type, String what) {
        try {
            return request.source().mapper().treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw HttpException.badResponse(
                    request,
                    status,
                    what + " does not decode as " + type.getSimpleName() + ": " + firstLine(reason),
                    e);
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
        return "Page[" + request + " -> " + status + ", " + records.size() + " records]";
    }
}
