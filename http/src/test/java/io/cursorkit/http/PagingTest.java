package io.cursorkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.http.TestServer.Reply;
import io.cursorkit.http.paging.Paging;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest {
    record Item(int id) {}

    private TestServer server;
    private HttpSource api;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        api = HttpSource.builder(server.url("/v1")).timeSource(new FakeTime()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** {"data": [ids], "next": token}: pages of 2, tokens "p1", "p2", ... up to {@code pages} pages. */
    private void tokenPages(int pages) {
        server.answer(request -> {
            String token = request.query("page_token");
            int page = token == null ? 0 : Integer.parseInt(token.substring(1));
            String next = page + 1 < pages ? "\"p" + (page + 1) + "\"" : "null";
            return Reply.json("{\"data\": [{\"id\": " + (2 * page) + "}, {\"id\": " + (2 * page + 1) + "}], \"next\": "
                    + next + "}");
        });
    }

    private static List<Integer> ids(Stream<Item> items) {
        try (items) {
            return items.map(Item::id).toList();
        }
    }

    @Test
    void pagesAreRequestedOnlyWhenTheirRecordsAreWanted() {
        tokenPages(3);
        RecordIterator<Item> items = api.get("/items")
                .paginate(Paging.pageToken("/next", "page_token"))
                .iterator("/data", Item.class);
        assertEquals(0, server.requestCount(), "nothing is sent before the first record is asked for");

        assertEquals(0, items.next().id());
        assertEquals(1, server.requestCount());
        assertEquals(1, items.next().id());
        assertEquals(1, server.requestCount(), "the second page is not fetched ahead");

        assertTrue(items.hasNext());
        assertEquals(2, server.requestCount(), "asking for a record after the last of page 1 fetches page 2");
        assertEquals(2, items.next().id());
        items.close();

        assertFalse(items.hasNext());
        assertEquals(2, server.requestCount(), "nothing is sent after close");
        assertEquals(
                Arrays.asList(null, "p1"),
                server.received().stream().map(r -> r.query("page_token")).toList());
    }

    @Test
    void aLimitedStreamStopsAtThePageItNeeds() {
        tokenPages(50);
        try (Stream<Item> items = api.get("/items")
                .paginate(Paging.pageToken("/next", "page_token"))
                .records("/data", Item.class)) {
            assertEquals(List.of(0, 1, 2), items.limit(3).map(Item::id).toList());
        }
        assertEquals(2, server.requestCount());
    }

    @Test
    void pageTokenReadsUntilThereIsNoToken() {
        tokenPages(3);
        assertEquals(
                List.of(0, 1, 2, 3, 4, 5),
                ids(api.get("/items")
                        .paginate(Paging.pageToken("/next", "page_token"))
                        .records("/data", Item.class)));
        assertEquals(3, server.requestCount());
    }

    @Test
    void nextLinkInTheBodyIsFollowedRelativeOrAbsolute() {
        server.answer(request -> {
            String page = request.query("page");
            if (page == null) {
                return Reply.json("{\"items\": [{\"id\": 1}], \"links\": {\"next\": \"/v1/items?page=2\"}}");
            }
            if (page.equals("2")) {
                return Reply.json("{\"items\": [{\"id\": 2}], \"links\": {\"next\": \"" + server.url("/v1/items?page=3")
                        + "\"}}");
            }
            return Reply.json("{\"items\": [{\"id\": 3}], \"links\": {\"next\": \"\"}}");
        });
        assertEquals(
                List.of(1, 2, 3),
                ids(api.get("/items").paginate(Paging.nextLink("/links/next")).records("/items", Item.class)));
        assertEquals(
                List.of("/v1/items", "/v1/items", "/v1/items"),
                server.received().stream().map(r -> r.uri().getPath()).toList());
    }

    @Test
    void nextLinkInTheLinkHeaderIsFollowed() {
        server.answer(request -> {
            int page = request.query("page") == null ? 1 : Integer.parseInt(request.query("page"));
            Reply reply = Reply.json("[{\"id\": " + page + "}]");
            String last = "<" + server.url("/v1/items?page=3") + ">; rel=\"last\"";
            return page < 3
                    ? reply.with("Link", "<" + server.url("/v1/items?page=" + (page + 1)) + ">; rel=\"next\", " + last)
                    : reply.with("Link", "<" + server.url("/v1/items?page=1") + ">; rel=\"first\", " + last);
        });
        assertEquals(
                List.of(1, 2, 3),
                ids(api.get("/items").paginate(Paging.linkHeader()).records("", Item.class)));
    }

    @Test
    void offsetAndLimitStopAtAShortPage() {
        List<Integer> all = IntStream.range(0, 7).boxed().toList();
        server.answer(request -> {
            int offset = Integer.parseInt(request.query("offset"));
            int limit = Integer.parseInt(request.query("limit"));
            String items = all.stream()
                    .skip(offset)
                    .limit(limit)
                    .map(id -> "{\"id\": " + id + "}")
                    .collect(Collectors.joining(","));
            return Reply.json("{\"results\": [" + items + "]}");
        });
        assertEquals(
                all,
                ids(api.get("/items")
                        .paginate(Paging.offset("offset", "limit", 3))
                        .records("/results", Item.class)));
        assertEquals(
                List.of("0", "3", "6"),
                server.received().stream().map(r -> r.query("offset")).toList());
    }

    @Test
    void pageNumbersCountFromOne() {
        server.answer(request -> {
            int page = Integer.parseInt(request.query("page"));
            return Reply.json(page < 3 ? "[{\"id\": " + page + "}, {\"id\": " + (10 + page) + "}]" : "[]");
        });
        assertEquals(
                List.of(1, 11, 2, 12),
                ids(api.get("/items")
                        .paginate(Paging.pageNumber("page", "per_page", 2))
                        .records("", Item.class)));
        assertEquals(
                List.of("1", "2", "3"),
                server.received().stream().map(r -> r.query("page")).toList());
        assertTrue(server.received().stream().allMatch(r -> "2".equals(r.query("per_page"))));
    }

    @Test
    void afterLastRecordSendsTheLastIdUntilHasMoreIsFalse() {
        server.answer(request -> {
            String after = request.query("starting_after");
            int from = after == null ? 0 : Integer.parseInt(after) + 1;
            boolean more = from + 2 < 5;
            return Reply.json(
                    "{\"data\": [{\"id\": " + from + "}, {\"id\": " + (from + 1) + "}], \"has_more\": " + more + "}");
        });
        assertEquals(
                List.of(0, 1, 2, 3, 4, 5),
                ids(api.get("/items")
                        .paginate(Paging.afterLastRecord("/id", "starting_after", "/has_more"))
                        .records("/data", Item.class)));
        assertEquals(
                List.of("1", "3"),
                server.received().stream()
                        .skip(1)
                        .map(r -> r.query("starting_after"))
                        .toList());
    }

    @Test
    void afterLastRecordWithoutHasMoreStopsAtAnEmptyPage() {
        server.answer(request -> Reply.json(request.query("after") == null ? "[{\"id\": 7}]" : "[]"));
        assertEquals(
                List.of(7),
                ids(api.get("/items")
                        .paginate(Paging.afterLastRecord("/id", "after"))
                        .records("", Item.class)));
        assertEquals(2, server.requestCount());
    }

    @Test
    void pagesWithoutRecordsAreSkipped() {
        server.answer(request -> {
            String token = request.query("t");
            if (token == null) {
                return Reply.json("{\"data\": [], \"next\": \"a\"}");
            }
            return token.equals("a")
                    ? Reply.json("{\"data\": null, \"next\": \"b\"}")
                    : Reply.json("{\"data\": [{\"id\": 9}]}");
        });
        assertEquals(
                List.of(9),
                ids(api.get("/x").paginate(Paging.pageToken("/next", "t")).records("/data", Item.class)));
    }

    @Test
    void aRepeatedTokenFailsInsteadOfLooping() {
        server.answer(request -> Reply.json("{\"data\": [{\"id\": 1}], \"next\": \"same\"}"));
        RecordIterator<Item> items =
                api.get("/x").paginate(Paging.pageToken("/next", "t")).iterator("/data", Item.class);
        assertEquals(1, items.next().id());
        // page 2 asks for itself again: the read fails when page 2 arrives, before looping
        HttpException e = assertThrows(HttpException.class, items::hasNext);
        assertTrue(e.getMessage().startsWith("Paging does not advance"), e.getMessage());
        assertEquals(2, server.requestCount());
    }

    @Test
    void aNextLinkToAnotherOriginIsNotFollowed() {
        server.answer(request -> Reply.json("{\"data\": [], \"next\": \"https://elsewhere.example.com/v1/x?page=2\"}"));
        HttpException e = assertThrows(
                HttpException.class,
                () -> ids(api.get("/x").paginate(Paging.nextLink("/next")).records("/data", Item.class)));
        assertTrue(e.getMessage().contains("leads to https://elsewhere.example.com"), e.getMessage());
        assertEquals(1, server.requestCount());
    }

    @Test
    void pagesAreAvailableWithTheirHeaders() {
        tokenPages(2);
        try (Stream<Page> pages = api.get("/items")
                .paginate(Paging.pageToken("/next", "page_token"))
                .pages("/data")) {
            assertEquals(List.of(2, 2), pages.map(Page::recordCount).toList());
        }
        assertThrows(IllegalArgumentException.class, () -> Paging.pageToken("next", "t"));
        assertThrows(IllegalArgumentException.class, () -> Paging.offset("o", "l", 0));
    }
}
