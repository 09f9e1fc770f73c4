/**
 * The cursorkit annotation processor. Only {@link io.cursorkit.processor.CursorkitProcessor} is
 * public; the rest is one pipeline, visible in the class names:
 *
 * <ol>
 *   <li>read: {@code Rounds} collects the {@code @Stream} and {@code @Connector} elements of each
 *       round, and retries those that wait for a type another processor generates;
 *   <li>validate: {@code StreamValidator}, {@code ConnectorValidator} (with {@code TypeScanner},
 *       {@code PropertyScanner} and {@code StreamMethods}) check API.md's rules, filling a {@code
 *       Report} with errors from the {@code Message} catalogue;
 *   <li>model: immutable {@code StreamModel}, {@code ConnectorModel}, {@code ObjectModel}, {@code
 *       PropertyModel} and {@code TypeModel};
 *   <li>generate: the {@code *Generator} classes and {@code ConnectorJson}/{@code Schemas} read only
 *       the models, and write through {@code SourceWriter}.
 * </ol>
 */
package io.cursorkit.processor;
