package io.cursorkit.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port, answering from a function of the request,
 * and remembering every request it received.
 */
final class TestServer implements AutoCloseable {

    /** A request as the server received it. */
    record Received(String method, URI uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        /** The decoded value of a query parameter, or null. */
        String query(String name) {
            String raw = uri.getRawQuery();
            if (raw == null) {
                return null;
            }
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (Urls.decode(equals < 0 ? pair : pair.substring(0, equals)).equals(name)) {
                    return equals < 0 ? "" : Urls.decode(pair.substring(equals + 1));
                }
            }
            return null;
        }
    }

    /** An answer: status, headers, body. */
    record Reply(int status, Map<String, String> headers, String body) {
        static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body);
        }

        static Reply status(int status, String body) {
            return new Reply(status, Map.of(), body);
        }

        Reply with(String header, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(header, value);
            return new Reply(status, all, body);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<Received, Reply> answer = request -> Reply.status(404, "no answer set");

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Answers every request with {@code answer}. */
    TestServer answer(Function<Received, Reply> answer) {
        this.answer = answer;
        return this;
    }

    /** The base URL, {@code http://127.0.0.1:<port>} followed by {@code path}. */
    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    int requestCount() {
        return received.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body);
            received.add(request);
            Reply reply = answer.apply(request);
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            throw e;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
