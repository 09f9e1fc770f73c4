/**
 * Step 1, reading: the annotations on an element ({@link io.cursorkit.processor.scan.Annotations},
 * by name, so that the processor depends on neither the runtime nor Jackson), and Java types as
 * {@link io.cursorkit.processor.model.TypeModel}s with their record and JavaBean properties ({@link
 * io.cursorkit.processor.scan.TypeScanner}). A type with no JSON form is reported; a type javac
 * cannot resolve yet throws {@link io.cursorkit.processor.scan.Deferral}.
 *
 * <p>May use: {@code model} (what it builds) and {@code diagnostics} (what it reports); never
 * {@code validate} or {@code generate}.
 */
package io.cursorkit.processor.scan;
