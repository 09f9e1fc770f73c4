package io.cursorkit.http;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The URL arithmetic of requests: templates, encoding, joining, query pairs, origins. */
final class Urls {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)}");

    private Urls() {}

    /** {@code value} encoded for a query or a path segment: {@code %20} for a space, {@code /} encoded. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%20"), StandardCharsets.UTF_8);
    }

    /**
     * {@code template} with every {@code {name}} replaced by the encoded value of {@code name}.
     *
     * @throws IllegalArgumentException when a placeholder has no value or a value no placeholder
     */
    static String expand(String template, Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder result = new StringBuilder();
        List<String> used = new ArrayList<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("The path " + template + " has {" + name + "} but no value for "
                        + name + " was given (given: " + values.keySet() + ")");
            }
            used.add(name);
            matcher.appendReplacement(result, Matcher.quoteReplacement(encode(String.valueOf(value))));
        }
        matcher.appendTail(result);
        for (String name : values.keySet()) {
            if (!used.contains(name)) {
                throw new IllegalArgumentException(
                        "A value is given for " + name + " but the path " + template + " has no {" + name + "}");
            }
        }
        return result.toString();
    }

    /** The base URL's path followed by {@code path}, with exactly one {@code /} between them. */
    static String join(URI base, String path) {
        String left = base.toString();
        while (left.endsWith("/")) {
            left = left.substring(0, left.length() - 1);
        }
        String right = path;
        while (right.startsWith("/")) {
            right = right.substring(1);
        }
        return right.isEmpty() ? left : left + "/" + right;
    }

    /** The raw {@code name=value} pairs of a raw query string, in order; null or empty: none. */
    static List<String> pairs(String rawQuery) {
        List<String> pairs = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty()) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    /** The decoded name of a raw query pair. */
    static String name(String pair) {
        int equals = pair.indexOf('=');
        return decode(equals < 0 ? pair : pair.substring(0, equals));
    }

    /** The decoded value of a raw query pair ({@code ""} for {@code name} alone). */
    static String value(String pair) {
        int equals = pair.indexOf('=');
        return equals < 0 ? "" : decode(pair.substring(equals + 1));
    }

    static String pair(String name, Object value) {
        return encode(name) + "=" + encode(String.valueOf(value));
    }

    /** Whether both URLs have the same scheme, host and port (the default port of the scheme when absent). */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    /** {@code https://host:port} of a URL, for messages. */
    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }
}
