package io.cursorkit.http.paging;

import io.cursorkit.http.Page;
import io.cursorkit.http.Request;
import java.util.Optional;

/** {@link Paging#nextLink}: the URL at {@code pointer} is the next request. */
record NextLink(String pointer) implements Paging {

    @Override
    public Optional<Request> next(Request request, Page page) {
        return page.text(pointer).map(request::link);
    }
}
