/**
 * Step 3, the model: immutable records of what was validated ({@link
 * io.cursorkit.processor.model.StreamModel}, {@link io.cursorkit.processor.model.ConnectorModel}
 * and the {@link io.cursorkit.processor.model.ObjectModel}, {@link
 * io.cursorkit.processor.model.PropertyModel} and {@link io.cursorkit.processor.model.TypeModel}
 * they are made of), with the naming rules of generated types ({@link
 * io.cursorkit.processor.model.Names}). A model exists only for an element that broke no rule, so
 * its readers check nothing. The annotated element is kept only as the origin of generated files.
 *
 * <p>May use: nothing of the processor's other packages; only javapoet's type names and the
 * JDK.
 */
package io.cursorkit.processor.model;
