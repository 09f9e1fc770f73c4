package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * The validated {@code @Connector} (configuration) type: a model exists only for a type that broke
 * no rule, so its readers check nothing. Generated type names derive from it by {@link Names}.
 *
 * @param name the connector's name, such as {@code source-stock-prices}
 * @param documentationUrl the spec's documentationUrl, or empty
 * @param config the configuration type's properties
 * @param hasCheck whether it has a public no-arg instance method {@code check}
 * @param origin the annotated element, only to mark generated files as originating from it
 * @param maxConcurrency {@code @Connector(maxConcurrency)}: 1, or the spec's {@code concurrency} maximum
 */
public record ConnectorModel(
        String name,
        String documentationUrl,
        ObjectModel config,
        boolean hasCheck,
        TypeElement origin,
        int maxConcurrency) {

    /** A connector that reads one thing at a time. */
    public ConnectorModel(
            String name, String documentationUrl, ObjectModel config, boolean hasCheck, TypeElement origin) {
        this(name, documentationUrl, config, hasCheck, origin, 1);
    }

    /** Whether the spec carries the runtime's {@code concurrency} property. */
    public boolean concurrent() {
        return maxConcurrency > 1;
    }

    /** The configuration type. */
    public ClassName type() {
        return config.type();
    }

    /** {@code <Config>_Connector}, beside the configuration type. */
    public ClassName connectorClass() {
        return Names.generated(config.type(), "_Connector");
    }

    /** The main class named after the connector, such as {@code SourceStockPricesMain}. */
    public ClassName mainClass() {
        return ClassName.get(config.type().packageName(), Names.mainClass(name));
    }
}
