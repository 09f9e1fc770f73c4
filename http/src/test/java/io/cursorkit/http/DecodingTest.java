package io.cursorkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.http.TestServer.Reply;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecodingTest {
    record StockPrice(
            LocalDate date,
            @JsonProperty("stock_ticker") String stockTicker,
            BigDecimal price,
            @JsonProperty("updated_at") OffsetDateTime updatedAt,
            Instant fetched) {}

    private TestServer server;
    private HttpSource api;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        api = HttpSource.builder(server.url("/api")).timeSource(new FakeTime()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private <R> List<R> read(Stream<R> records) {
        try (records) {
            return records.toList();
        }
    }

    @Test
    void recordsDecodeWithJavaTimeTypesAndIgnoreUnknownProperties() {
        server.answer(
                request -> Reply.json(
                        """
                {"data": [{"date": "2024-02-29", "stock_ticker": "ACME", "price": 12.50,
                           "updated_at": "2024-02-29T18:00:00+01:00", "fetched": "2024-03-01T00:00:00Z",
                           "exchange": "not in the record"}]}
                """));
        List<StockPrice> prices = read(api.get("/stock/{ticker}/prices", Map.of("ticker", "ACME"))
                .query("since", LocalDate.of(2024, 2, 1))
                .records("/data", StockPrice.class));
        assertEquals(
                List.of(new StockPrice(
                        LocalDate.of(2024, 2, 29),
                        "ACME",
                        new BigDecimal("12.50"),
                        OffsetDateTime.parse("2024-02-29T18:00:00+01:00"),
                        Instant.parse("2024-03-01T00:00:00Z"))),
                prices);
        assertEquals("/api/stock/ACME/prices", server.received().get(0).uri().getPath());
        assertEquals("2024-02-01", server.received().get(0).query("since"));
        assertEquals("application/json", server.received().get(0).header("Accept"));
    }

    @Test
    void aBodyBrokenAfterItsRecordsIsNotJsonEvenThoughTheRecordsAreWhole() {
        // Records are decoded from their bytes, yet the whole body must still be JSON.
        server.answer(request -> Reply.json("{\"data\": [{\"date\": \"2024-01-02\"}], \"next\": "));
        HttpException e =
                assertThrows(HttpException.class, () -> read(api.get("/p").records("/data", StockPrice.class)));
        assertTrue(e.getMessage().contains("its body is not JSON"), e.getMessage());
    }

    @Test
    void recordsAreDecodedWhereTheyLieAmongOtherValues() {
        server.answer(
                request -> Reply.json(
                        """
                {"meta": {"data": [{"date": "1999-01-01"}]}, "data": [{"date": "2024-01-02", "price": 1.10},
                 {"date": "2024-01-03", "price": [1]}, {"date": "2024-01-04"}], "more": {"x": [1, 2]}}
                """));
        Iterator<StockPrice> records = api.get("/p").iterator("/data", StockPrice.class);
        assertEquals(new BigDecimal("1.10"), records.next().price());
        HttpException e = assertThrows(HttpException.class, records::next);
        assertTrue(e.getMessage().contains("record 1 of /data does not decode as StockPrice"), e.getMessage());
        assertEquals(LocalDate.of(2024, 1, 4), records.next().date());
    }

    @Test
    void aTopLevelArrayIsReadWithTheEmptyPointer() {
        server.answer(request -> Reply.json("[{\"date\": \"2024-01-02\"}, {\"date\": \"2024-01-03\"}]"));
        assertEquals(2, read(api.get("/p").records("", StockPrice.class)).size());
    }

    @Test
    void aNullArrayOrAnEmptyBodyHasNoRecords() {
        server.answer(request -> Reply.json("{\"data\": null}"));
        assertEquals(List.of(), read(api.get("/p").records("/data", StockPrice.class)));
        server.answer(request -> Reply.status(204, ""));
        assertEquals(List.of(), read(api.get("/p").records("", StockPrice.class)));
    }

    @Test
    void aMissingPointerFailsRatherThanLookingEmpty() {
        server.answer(request -> Reply.json("{\"items\": []}"));
        HttpException e =
                assertThrows(HttpException.class, () -> read(api.get("/p").records("/data", StockPrice.class)));
        assertTrue(
                e.getMessage().startsWith("GET " + server.url("/api/p") + " answered 200, but its body has no /data"),
                e.getMessage());
    }

    @Test
    void aRecordThatDoesNotDecodeIsNamedByItsIndex() {
        server.answer(request -> Reply.json("{\"data\": [{\"date\": \"2024-01-02\"}, {\"date\": \"yesterday\"}]}"));
        Stream<StockPrice> records = api.get("/p").records("/data", StockPrice.class);
        HttpException e = assertThrows(HttpException.class, () -> read(records));
        assertTrue(e.getMessage().contains("record 1 of /data does not decode as StockPrice"), e.getMessage());
        assertTrue(e.getMessage().contains("yesterday"), e.getMessage());
    }

    @Test
    void aBodyThatIsNotJsonFailsWithAnExcerpt() {
        server.answer(request -> new Reply(200, Map.of("Content-Type", "text/html"), "<html>maintenance</html>"));
        HttpException e = assertThrows(HttpException.class, () -> api.get("/p").json());
        assertTrue(e.getMessage().contains("its body is not JSON: <html>maintenance</html>"), e.getMessage());
    }

    @Test
    void anArrayIsExpectedAtThePointer() {
        server.answer(request -> Reply.json("{\"data\": {\"date\": \"2024-01-02\"}}"));
        HttpException e =
                assertThrows(HttpException.class, () -> read(api.get("/p").records("/data", StockPrice.class)));
        assertTrue(e.getMessage().contains("its body at /data is a JSON object, not an array"), e.getMessage());
    }

    @Test
    void oneValueAndTheWholeBody() {
        server.answer(request -> Reply.json("{\"latest\": {\"date\": \"2024-05-06\", \"stock_ticker\": \"X\"}}"));
        assertEquals(
                LocalDate.of(2024, 5, 6),
                api.get("/p").value("/latest", StockPrice.class).date());
        JsonNode body = api.get("/p").json();
        assertEquals("X", body.at("/latest/stock_ticker").asText());
        HttpException e = assertThrows(HttpException.class, () -> api.get("/p").value("/oldest", StockPrice.class));
        assertTrue(e.getMessage().endsWith("but its body has nothing at /oldest"), e.getMessage());
    }

    @Test
    void aPostSendsItsJsonBody() {
        server.answer(request -> Reply.json("{\"results\": [{\"date\": \"2024-01-02\"}]}"));
        List<StockPrice> found = read(
                api.post("/search", Map.of()).body(Map.of("ticker", "ACME")).records("/results", StockPrice.class));
        assertEquals(1, found.size());
        TestServer.Received request = server.received().get(0);
        assertEquals("POST", request.method());
        assertEquals("{\"ticker\":\"ACME\"}", request.body());
        assertEquals("application/json", request.header("Content-Type"));
    }
}
