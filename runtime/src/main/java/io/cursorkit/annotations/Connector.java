package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the configuration type of a connector: a record, or a class whose private fields have
 * public getters (a JavaBean). There is exactly one per compilation that declares streams.
 *
 * <p>Its components (or bean properties) become the {@code connectionSpecification} of the
 * connector's spec. A component of primitive type, or one annotated {@code
 * @JsonProperty(required = true)}, is required. {@link Secret} marks a component whose value is
 * masked in every output. {@code @JsonProperty} renames a property and {@code @JsonIgnore} hides
 * it.
 *
 * <p>A public no-argument instance method named {@code check} runs on the {@code check} command
 * after the configuration has been parsed and validated: returning normally answers {@code
 * SUCCEEDED}, throwing answers {@code FAILED} with the exception's message.
 *
 * <p>The build generates, in the package of this type:
 *
 * <ul>
 *   <li>a main class named from {@link #name()}: {@code source-stock-prices} becomes {@code
 *       SourceStockPricesMain};
 *   <li>{@code META-INF/cursorkit/spec.json} (a ConnectorSpecification) and {@code
 *       META-INF/cursorkit/catalog.json} (an AirbyteCatalog of every {@link Stream}).
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Connector {
    /**
     * The connector's name, lower case words joined by dashes, such as {@code source-stock-prices}.
     * It names the generated main class.
     */
    String name();

    /** Where the connector's documentation lives; goes into the spec's {@code documentationUrl}. */
    String documentationUrl() default "";

    /**
     * The most threads a {@code read} may use, from 1 (the default: one stream, slice or partition at
     * a time) to {@value #MAX_CONCURRENCY}. Above 1 the spec gains an integer property {@code
     * concurrency} (default 1, at most this value) that the connector's user sets, and the runtime
     * reads streams, and the units of the streams that allow it, side by side (docs/API.md,
     * "Concurrency"). Opting in is a promise: the stream classes' {@code read} methods may then run on
     * several threads at once, on one stream object.
     */
    int maxConcurrency() default 1;

    /** The highest {@link #maxConcurrency} accepted. */
    int MAX_CONCURRENCY = 64;
}
