package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * The parent of a child stream, {@code @Partitions(parent = ...)}: what the child's generated
 * adapter needs to read the parent through the parent's own adapter and hand its records to the
 * child's {@code @Partitions} method.
 *
 * @param streamClass the parent's generated {@code <Stream>_Stream}
 * @param generic whether that class is generic in the config type (its constructor takes none)
 * @param record the parent's record type, the element type the {@code @Partitions} method takes
 * @param name the parent's stream name, for comments
 */
public record ParentModel(ClassName streamClass, boolean generic, TypeName record, String name) {}
