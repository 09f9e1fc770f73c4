package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Locale;

/**
 * The naming rules of generated types and defaults, in one place: what a generated type is called,
 * the default stream name, which stream and connector names are valid, and the typo suggestion of
 * diagnostics. Pure functions of strings.
 */
public final class Names {
    private Names() {}

    /** {@code p.Outer.Inner} + {@code _Stream} becomes {@code p.Outer_Inner_Stream}. */
    public static ClassName generated(ClassName type, String suffix) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + suffix);
    }

    /** {@code StockPrices} becomes {@code stock_prices}; {@code HTTPLogs} becomes {@code http_logs}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
                boolean beforeLower = i > 0
                        && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1))
                        && Character.isUpperCase(name.charAt(i - 1));
                if (afterLower || beforeLower) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A title for a type: {@code ApiKeyHeader} becomes {@code Api Key Header}, {@code OAuth2Token}
     * becomes {@code OAuth2 Token} (a space before each capital that follows a small letter or a
     * digit; underscores become spaces).
     */
    public static String humanize(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            char before = i > 0 ? name.charAt(i - 1) : ' ';
            if (Character.isUpperCase(c) && (Character.isLowerCase(before) || Character.isDigit(before))) {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    /** {@code source-stock-prices} becomes {@code SourceStockPricesMain}. */
    public static String mainClass(String connectorName) {
        StringBuilder out = new StringBuilder();
        for (String word : connectorName.split("-")) {
            if (!word.isEmpty()) {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.append("Main").toString();
    }

    /** Only ASCII letters, digits and underscores, and at least one of them. */
    public static boolean isValidStreamName(String name) {
        return name.matches("[A-Za-z0-9_]+");
    }

    /** Lower case words joined by single hyphens, such as {@code source-stock-prices}. */
    public static boolean isValidConnectorName(String name) {
        return name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    }

    /** The closest of {@code candidates} to {@code name}, when it is close enough to be a typo. */
    public static String nearest(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
