package io.cursorkit.http;

import com.fasterxml.jackson.core.JsonPointer;
import io.cursorkit.http.paging.Paging;
import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The pages of a read, fetched one at a time: {@link #next()} sends the request, asks the paging
 * for the request after it, and remembers every URL asked for, so that an API that sends the same
 * page token again fails the read instead of looping. No page is fetched ahead of {@link #next()}.
 */
final class Pages implements Iterator<Page>, AutoCloseable {
    private final JsonPointer pointer;
    /** The type the records are decoded into as each page is parsed; null: they stay JSON. */
    private final Class<?> type;

    private final Paging paging;
    private final Set<URI> seen = new HashSet<>();
    private Request next;

    Pages(Request first, JsonPointer pointer) {
        this(first, pointer, null);
    }

    Pages(Request first, JsonPointer pointer, Class<?> type) {
        this.pointer = pointer;
        this.type = type;
        this.paging = first.paging();
        this.next = paging.first(first);
        seen.add(next.uri());
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Page next() {
        if (next == null) {
            throw new NoSuchElementException("The last page has been read");
        }
        Request current = next;
        next = null; // a failed page ends the read: it is not fetched again
        Page page = current.source().exchange().page(current, pointer, type);
        Request following = paging.next(current, page).orElse(null);
        if (following != null && !seen.add(following.uri())) {
            throw HttpException.pagingLoop(current, following);
        }
        next = following;
        return page;
    }

    JsonPointer pointer() {
        return pointer;
    }

    /** Ends the read: no page is fetched after this. */
    @Override
    public void close() {
        next = null;
    }
}
