package io.cursorkit.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it goes into a message, a log line or a {@code toString()}.
 *
 * <p>Three rules, applied in this order: every registered secret value (and its URL-encoded form)
 * becomes {@code ****}; the value of a {@code name=value} pair or a JSON {@code "name": "value"}
 * member whose name {@linkplain #secretName looks secret} becomes {@code ****}; the user info of a
 * URL ({@code https://user:password@host}) becomes {@code ****}.
 */
final class Redactor {
    static final String MASK = "****";

    /** Names that are secret as they are (compared lower case, {@code -} read as {@code _}). */
    private static final Set<String> SECRET_NAMES = Set.of("key", "sig", "pass", "auth", "code_verifier");

    /** Names that are secret when they contain one of these. */
    private static final List<String> SECRET_PARTS = List.of(
            "token",
            "secret",
            "password",
            "passwd",
            "apikey",
            "api_key",
            "access_key",
            "private_key",
            "signature",
            "credential",
            "authorization",
            "session");

    // Linear on any text: a name starts where no name character precedes it and is bounded (a long
    // run of name characters is scanned once, not once per position), and a JSON string is matched
    // as an unrolled possessive loop (one recursion per escape, not per character).
    private static final Pattern PAIR =
            Pattern.compile("(?<![A-Za-z0-9_.\\-\\[\\]])([A-Za-z0-9_.\\-\\[\\]]{1,64})=([^&\\s\"'<>,;]+)");
    private static final Pattern JSON_MEMBER =
            Pattern.compile("\"([^\"\\\\]{1,64})\"(\\s*:\\s*)\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");
    private static final Pattern USER_INFO =
            Pattern.compile("(?i)(?<![a-z0-9+.\\-])([a-z][a-z0-9+.\\-]{0,31}://)[^/@\\s?#]{1,256}@");

    private final List<String> secrets;
    private final Set<String> extraNames;

    /** @param secrets values to remove wherever they appear; blank ones are ignored */
    Redactor(List<String> secrets, Set<String> extraNames) {
        List<String> forms = new ArrayList<>();
        for (String secret : secrets) {
            if (secret == null || secret.isBlank()) {
                continue;
            }
            forms.add(secret);
            String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            forms.add(encoded);
            forms.add(encoded.replace("+", "%20"));
        }
        // the longest first, so that a secret containing another is removed whole
        forms.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(forms.stream().distinct().toList());
        this.extraNames = Set.copyOf(extraNames);
    }

    /** Whether values named {@code name} (a query parameter, a header, a JSON member) are secret. */
    boolean secretName(String name) {
        return looksSecret(name, extraNames);
    }

    /** Whether {@code name} is secret by the usual names or is one of {@code extraNames}. */
    static boolean looksSecret(String name, Set<String> extraNames) {
        String normalized = normalize(name);
        return SECRET_NAMES.contains(normalized)
                || extraNames.stream().anyMatch(extra -> normalize(extra).equals(normalized))
                || SECRET_PARTS.stream().anyMatch(normalized::contains);
    }

    /** {@code text} without secrets; null stays null. */
    String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        result = USER_INFO.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK + "@"));
        result = PAIR.matcher(result)
                .replaceAll(match -> Matcher.quoteReplacement(
                        secretName(match.group(1)) ? match.group(1) + "=" + MASK : match.group()));
        return JSON_MEMBER
                .matcher(result)
                .replaceAll(match -> Matcher.quoteReplacement(
                        secretName(match.group(1))
                                ? "\"" + match.group(1) + "\"" + match.group(2) + "\"" + MASK + "\""
                                : match.group()));
    }

    /**
     * {@code error} itself when nothing in its chain of causes carries a secret; else a copy of the
     * chain whose messages are redacted (class names kept in the message, stack traces kept).
     */
    Throwable safe(Throwable error) {
        return error == null || clean(error) ? error : copy(error, 0);
    }

    private boolean clean(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.equals(redact(message))) {
                return false;
            }
        }
        return true;
    }

    private Throwable copy(Throwable error, int depth) {
        if (error == null || depth >= 20) {
            return null;
        }
        RedactedException copy = new RedactedException(
                error.getClass().getName() + (error.getMessage() == null ? "" : ": " + redact(error.getMessage())),
                copy(error.getCause(), depth + 1));
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** Stands for an exception whose message carried a secret: its class name and its redacted message. */
    static final class RedactedException extends Exception {
        private static final long serialVersionUID = 1L;

        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
