/**
 * Step 4, generation: for each stream, its stream class, record writer and state serializer
 * ({@link io.cursorkit.processor.generate.StreamFiles}); for the connector, its connector and main
 * classes and {@code META-INF/cursorkit/spec.json} and {@code catalog.json} ({@link
 * io.cursorkit.processor.generate.ConnectorFiles}). Output is a function of the models alone, so
 * the same sources give the same bytes on every build. Generated code names the runtime's types
 * only through {@code RuntimeTypes}.
 *
 * <p>May use: {@code model}; never {@code scan}, {@code validate} or {@code diagnostics}. It reads
 * no {@code Elements} or {@code TypeMirror}s: a model's origin element is only handed to the
 * {@code Filer}.
 */
package io.cursorkit.processor.generate;
