package io.cursorkit.http.paging;

import io.cursorkit.http.Page;
import io.cursorkit.http.Request;
import java.util.Optional;

/** {@link Paging#none()}: every page is the last. */
enum NoPaging implements Paging {
    INSTANCE;

    @Override
    public Optional<Request> next(Request request, Page page) {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Paging.none()";
    }
}
