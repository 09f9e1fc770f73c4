package io.cursorkit.http.paging;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.http.Page;
import io.cursorkit.http.Request;
import java.util.List;
import java.util.Optional;

/**
 * {@link Paging#afterLastRecord}: the value at {@code field} of the page's last record goes back
 * as {@code parameter}. An empty page ends the read, and so does a body whose {@code hasMore}
 * (when given) is not {@code true}.
 */
record LastRecord(String field, String parameter, String hasMore) implements Paging {

    @Override
    public Optional<Request> next(Request request, Page page) {
        List<JsonNode> records = page.records();
        if (records.isEmpty() || (hasMore != null && !page.body().at(hasMore).asBoolean(false))) {
            return Optional.empty();
        }
        JsonNode value = records.get(records.size() - 1).at(field);
        if (!value.isValueNode() || value.isNull() || value.asText().isEmpty()) {
            throw page.unreadable("its last record has no " + field + " to ask for the records after it");
        }
        return Optional.of(request.query(parameter, value.asText()));
    }
}
