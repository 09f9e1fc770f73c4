package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * The validated {@code @Connector} (configuration) type.
 *
 * @param name the connector's name, such as {@code source-stock-prices}
 * @param documentationUrl the spec's documentationUrl, or empty
 * @param config the configuration type's properties
 * @param hasCheck whether it has a public no-arg instance method {@code check}
 * @param origin the annotated element, only to mark generated files as originating from it
 */
record ConnectorModel(String name, String documentationUrl, ObjectModel config, boolean hasCheck, TypeElement origin) {

    ClassName type() {
        return config.type();
    }

    ClassName connectorClass() {
        return Names.generated(config.type(), "_Connector");
    }

    ClassName mainClass() {
        return ClassName.get(config.type().packageName(), Names.mainClass(name));
    }
}
