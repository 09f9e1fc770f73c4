package io.cursorkit.http.paging;

import io.cursorkit.http.Page;
import io.cursorkit.http.Request;
import java.util.Optional;

/** {@link Paging#pageToken}: the token at {@code pointer} goes back as the parameter {@code parameter}. */
record PageToken(String pointer, String parameter) implements Paging {

    @Override
    public Optional<Request> next(Request request, Page page) {
        return page.text(pointer).map(token -> request.query(parameter, token));
    }
}
