package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Locale;

/** The naming rules of generated types and default stream names, in one place. */
public final class GeneratedNames {
    private GeneratedNames() {}

    /** {@code p.Outer.Inner} and {@code Stream} give {@code p.Outer_Inner_Stream}. */
    public static ClassName sibling(ClassName type, String suffix) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "_" + suffix);
    }

    /** {@code source-stock-prices} gives {@code SourceStockPricesMain}. */
    public static String mainClassName(String connectorName) {
        StringBuilder name = new StringBuilder();
        for (String word : connectorName.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, "Connector");
        }
        return name.append("Main").toString();
    }

    /** {@code StockPrices} gives {@code stock_prices}, {@code HTTPLogs} gives {@code http_logs}. */
    public static String snakeCase(String simpleName) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < simpleName.length(); i++) {
            char c = simpleName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousLower = i > 0 && !Character.isUpperCase(simpleName.charAt(i - 1));
                boolean nextLower = i + 1 < simpleName.length() && Character.isLowerCase(simpleName.charAt(i + 1));
                boolean inAcronym = i > 0 && Character.isUpperCase(simpleName.charAt(i - 1));
                if (i > 0 && simpleName.charAt(i - 1) != '_' && (previousLower || (inAcronym && nextLower))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
