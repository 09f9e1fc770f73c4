package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces the values of a connector's {@code @Secret} properties with {@value #MASK} in text
 * bound for the user: LOG and TRACE messages, CONNECTION_STATUS messages, stderr. The values are
 * taken from the raw configuration JSON, before it is parsed, so that even a configuration that
 * fails to parse is masked. Immutable and thread safe.
 */
final class SecretMasker {
    static final String MASK = "**********";
    static final SecretMasker NONE = new SecretMasker(List.of());

    private final List<String> secrets;

    private SecretMasker(List<String> secrets) {
        this.secrets = secrets;
    }

    /**
     * The values at {@code paths} in {@code config}: dot separated property names, where {@code *}
     * stands for every element of an array or every value of an object ({@code endpoints.*.token});
     * missing ones are skipped (a secret of one option of a choice is absent from the others).
     */
    static SecretMasker of(JsonNode config, List<String> paths) {
        List<String> values = new ArrayList<>();
        for (String path : paths) {
            resolve(config, path.split("\\.", -1), 0, values);
        }
        // Longest first, so that a secret containing another is masked whole.
        values.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMasker(List.copyOf(values));
    }

    private static void resolve(JsonNode node, String[] parts, int index, List<String> values) {
        if (node == null) {
            return;
        }
        if (index == parts.length) {
            collect(node, values);
        } else if (parts[index].equals("*") && node.isContainerNode()) {
            for (JsonNode child : node) {
                resolve(child, parts, index + 1, values);
            }
        } else {
            resolve(node.get(parts[index]), parts, index + 1, values);
        }
    }

    private static void collect(JsonNode node, List<String> values) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                collect(child, values);
            }
            if (node.size() > 0) {
                values.add(JsonTrees.text(node));
            }
            return;
        }
        String text = node.asText();
        if (!text.isEmpty() && !values.contains(text)) {
            values.add(text);
        }
    }

    boolean isEmpty() {
        return secrets.isEmpty();
    }

    /** {@code text} with every secret value replaced; null stays null. */
    String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }
}
