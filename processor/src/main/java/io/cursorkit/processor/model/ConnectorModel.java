package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @Connector} type.
 *
 * @param origin the annotated type, only as the generated files' originating element
 * @param name the connector's name, such as {@code source-stock-prices}
 * @param documentationUrl the documentation URL, empty for none
 * @param config the config type and its properties
 * @param hasCheck whether the type has a public no-arg instance {@code check()} method
 */
public record ConnectorModel(
        TypeElement origin, String name, String documentationUrl, JsonType.ObjectType config, boolean hasCheck) {

    public ClassName configType() {
        return config.javaType();
    }

    public ClassName definitionClass() {
        return GeneratedNames.sibling(configType(), "Connector");
    }

    public ClassName mainClass() {
        return ClassName.get(configType().packageName(), GeneratedNames.mainClassName(name));
    }
}
