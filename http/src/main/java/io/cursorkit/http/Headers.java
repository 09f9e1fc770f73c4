package io.cursorkit.http;

import io.cursorkit.runtime.ConfigException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Header rules: what the HTTP client accepts, which values are secret, how a request's headers win. */
final class Headers {
    private Headers() {}

    /**
     * {@code value}, when the HTTP client accepts it for the header {@code name}. The client's own
     * message about a bad value quotes the value, which may be a key pasted with its line break:
     * this one names the header only, and has a {@link ConfigException} as its cause (the value
     * comes from the configuration, so the runtime reports a {@code config_error}).
     *
     * @throws IllegalArgumentException for a name or a value the client refuses
     */
    static String check(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        try {
            HttpRequest.newBuilder().header(name, "x");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage()); // names the header, not a value
        }
        try {
            HttpRequest.newBuilder().header(name, value);
        } catch (IllegalArgumentException e) {
            String message = "The value of the header " + name + " is not valid in HTTP (it has a line break or"
                    + " another control character): check the value it comes from in the connector's"
                    + " configuration.";
            throw new IllegalArgumentException(message, new ConfigException(message));
        }
        return value;
    }

    /**
     * The values to redact among {@code headers}: those of headers whose names look secret, and for
     * {@code Authorization} also the credentials after the scheme ({@code Bearer <token>}).
     */
    static List<String> secretValues(Map<String, String> headers, Set<String> extraNames) {
        List<String> secrets = new ArrayList<>();
        headers.forEach((name, value) -> {
            if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Proxy-Authorization")) {
                int space = value.indexOf(' ');
                secrets.add(space < 0 ? value : value.substring(space + 1).strip());
                secrets.add(value);
            } else if (Redactor.looksSecret(name, extraNames)) {
                secrets.add(value);
            }
        });
        return secrets;
    }

    /** The source's headers, then the request's, which replace those of the same name (in any case). */
    static Map<String, String> merge(Map<String, String> source, Map<String, String> request) {
        Map<String, String> all = new LinkedHashMap<>(source);
        all.keySet().removeIf(name -> request.keySet().stream().anyMatch(name::equalsIgnoreCase));
        all.putAll(request);
        return all;
    }
}
