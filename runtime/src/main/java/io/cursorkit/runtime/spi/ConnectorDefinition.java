package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A whole connector, generated as {@code <ConfigType>_Connector} next to the {@code @Connector}
 * type. It also holds the spec and catalog JSON as compile-time constants {@code SPEC_JSON} and
 * {@code CATALOG_JSON} (made at build time), which the generated main class passes to {@link
 * Launcher} without loading this class.
 *
 * @param <G> the {@code @Connector} (configuration) type
 */
public interface ConnectorDefinition<G> {
    /** The connector's name, such as {@code source-stock-prices}. */
    String name();

    /** The ConnectorSpecification, compact JSON on one line. */
    String specJson();

    /** The AirbyteCatalog of every stream, compact JSON on one line. */
    String catalogJson();

    /**
     * Converts the configuration JSON into the typed configuration, checking every property against
     * the spec: required ones present, each of its type and format. Properties the spec does not
     * know are reported to {@code warnings} (one message each) and otherwise ignored.
     *
     * @throws ConfigException naming the property, what it should be and, unless it is a secret,
     *     what it was
     */
    G parseConfig(JsonNode config, Consumer<String> warnings) throws ConfigException;

    /** Runs the config type's {@code check()} method; does nothing when there is none. */
    void check(G config) throws Exception;

    /**
     * The JSON paths of the {@code @Secret} properties, dot separated from the configuration's root
     * ({@code password}, {@code tunnel.private_key}), so that their values can be masked before the
     * configuration has been parsed. A {@code *} stands for every element of an array or every value
     * of a map ({@code endpoints.*.token}); a path that is absent from a config (a secret of another
     * option of a sealed choice) masks nothing.
     */
    List<String> secretPaths();

    /**
     * The largest {@code concurrency} the connector's user may set ({@code @Connector(maxConcurrency)});
     * 1, the default, means the connector reads one thing at a time and its spec has no {@code
     * concurrency} property.
     */
    default int maxConcurrency() {
        return 1;
    }

    /** The streams, in catalog order. */
    List<GeneratedStream<G, ?, ?, ?, ?>> streams();
}
