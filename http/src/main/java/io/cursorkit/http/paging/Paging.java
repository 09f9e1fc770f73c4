package io.cursorkit.http.paging;

import com.fasterxml.jackson.core.JsonPointer;
import io.cursorkit.http.Page;
import io.cursorkit.http.Request;
import java.util.Objects;
import java.util.Optional;

/**
 * How a read finds the page after a page: given to {@link Request#paginate}. The factories cover
 * the usual styles; an API with another one implements this interface (its two methods use only
 * the public methods of {@link Request} and {@link Page}).
 *
 * <p>The rules every paging follows:
 *
 * <ul>
 *   <li>{@link #first} may add parameters to the first request (a limit, a start offset); {@link
 *       #next} answers the request for the page after {@code page}, or empty when {@code page} was
 *       the last. It is called once per page, right after the page arrives; the page after is only
 *       sent when the reader wants a record from it.
 *   <li>A request whose URL was already sent in this read fails the read with an {@link
 *       io.cursorkit.http.HttpException} ("paging does not advance"), instead of looping.
 *   <li>Pointers are <a href="https://www.rfc-editor.org/rfc/rfc6901">JSON pointers</a> into the
 *       page's body ({@code "/next_page_token"}, {@code "/meta/next"}); a missing, null or empty
 *       value there means "no next page". A pointer that is not one fails at once with an {@link
 *       IllegalArgumentException}.
 * </ul>
 */
public interface Paging {

    /** The first request of the read: {@code request}, possibly with parameters added. */
    default Request first(Request request) {
        return request;
    }

    /** The request for the page after {@code page} (which answered {@code request}), or empty at the end. */
    Optional<Request> next(Request request, Page page);

    /** One page: the read is the one request. */
    static Paging none() {
        return NoPaging.INSTANCE;
    }

    /**
     * A token for the next page in the body, sent back as a query parameter: {@code
     * pageToken("/next_page_token", "page_token")} reads {@code {"next_page_token": "abc"}} and
     * asks for {@code ?page_token=abc}. Also the style of APIs that call it a cursor ({@code
     * pageToken("/response_metadata/next_cursor", "cursor")}). No token: last page.
     */
    static Paging pageToken(String tokenPointer, String tokenParameter) {
        return new PageToken(pointer(tokenPointer), name(tokenParameter));
    }

    /**
     * The URL of the next page in the body: {@code nextLink("/links/next")}. Relative links are
     * resolved against the page's URL; a link to another scheme, host or port than the source's
     * base URL fails the read (the credentials go to the base URL only). No link: last page.
     */
    static Paging nextLink(String linkPointer) {
        return new NextLink(pointer(linkPointer));
    }

    /**
     * The URL of the next page in the {@code Link} header ({@code <https://...>; rel="next"}, RFC
     * 8288), as GitHub sends it; the same rules as {@link #nextLink}. No {@code rel="next"}: last page.
     */
    static Paging linkHeader() {
        return LinkHeader.INSTANCE;
    }

    /**
     * Offset and limit: the first request gets {@code limitParameter=limit} and {@code
     * offsetParameter=0} (unless the request already sets an offset); each next one the offset plus
     * the number of records received. A page with fewer than {@code limit} records is the last, so
     * give a limit the API accepts: one that silently serves fewer would end the read after a page.
     */
    static Paging offset(String offsetParameter, String limitParameter, int limit) {
        return new Counting(name(offsetParameter), name(limitParameter), positive(limit), true);
    }

    /**
     * Page numbers: the first request gets {@code sizeParameter=size} and {@code pageParameter=1}
     * (unless the request already sets a page); each next one the page number plus one. A page with
     * fewer than {@code size} records is the last (the same caution as {@link #offset}).
     */
    static Paging pageNumber(String pageParameter, String sizeParameter, int size) {
        return new Counting(name(pageParameter), name(sizeParameter), positive(size), false);
    }

    /**
     * A cursor taken from the last record: {@code afterLastRecord("/id", "starting_after")} asks
     * for {@code ?starting_after=<id of the page's last record>}. An empty page is the last; this
     * costs one request more than {@link #afterLastRecord(String, String, String)}, which also
     * stops when the body says there is no more. A last record without the field fails the read.
     */
    static Paging afterLastRecord(String recordField, String parameter) {
        return new LastRecord(pointer(recordField), name(parameter), null);
    }

    /**
     * {@link #afterLastRecord(String, String)}, stopping as well when the body's boolean at {@code
     * hasMorePointer} ({@code "/has_more"}) is not {@code true}.
     */
    static Paging afterLastRecord(String recordField, String parameter, String hasMorePointer) {
        return new LastRecord(pointer(recordField), name(parameter), pointer(hasMorePointer));
    }

    /** {@code pointer}, checked. */
    private static String pointer(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        try {
            JsonPointer.compile(pointer);
            return pointer;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + pointer + "\" is not a JSON pointer: write \"/next_page_token\", \"/meta/next\"", e);
        }
    }

    private static String name(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            throw new IllegalArgumentException("A query parameter name is needed, not \"" + parameter + "\"");
        }
        return parameter;
    }

    private static int positive(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A page size must be at least 1, not " + size);
        }
        return size;
    }
}
