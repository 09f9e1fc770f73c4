package io.cursorkit.http.paging;

import io.cursorkit.http.Page;
import io.cursorkit.http.Request;
import java.util.Optional;

/**
 * {@link Paging#offset} ({@code byRecords}: the parameter advances by the records received, from
 * 0) and {@link Paging#pageNumber} (it advances by one, from 1). A short page is the last.
 */
record Counting(String parameter, String sizeParameter, int size, boolean byRecords) implements Paging {

    @Override
    public Request first(Request request) {
        Request sized = request.query(sizeParameter, size);
        return request.queryValue(parameter).isPresent() ? sized : sized.query(parameter, byRecords ? 0 : 1);
    }

    @Override
    public Optional<Request> next(Request request, Page page) {
        if (page.recordCount() < size) {
            return Optional.empty();
        }
        String current = request.queryValue(parameter).orElse(byRecords ? "0" : "1");
        long position;
        try {
            position = Long.parseLong(current.strip());
        } catch (NumberFormatException e) {
            throw page.unreadable("the paging parameter " + parameter + " is \"" + current + "\", not a number");
        }
        return Optional.of(request.query(parameter, position + (byRecords ? page.recordCount() : 1)));
    }
}
