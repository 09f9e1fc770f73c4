/**
 * The cursorkit annotation processor: the entry point and the round driver. Only {@link
 * io.cursorkit.processor.CursorkitProcessor} is public, and only it is registered as a {@code
 * javax.annotation.processing.Processor}. The pipeline is one subpackage per step, each using only
 * the ones before it:
 *
 * <ol>
 *   <li>{@link io.cursorkit.processor.scan}: reading annotated elements and their types;
 *   <li>{@link io.cursorkit.processor.validate}: checking them against API.md's rules and building
 *       the models;
 *   <li>{@link io.cursorkit.processor.model}: the immutable models;
 *   <li>{@link io.cursorkit.processor.generate}: the sources and resources, from the models alone.
 * </ol>
 *
 * <p>Every error goes through {@link io.cursorkit.processor.diagnostics}. {@code Rounds} here says
 * when each step runs across javac's rounds, and is the only class that uses them all.
 */
package io.cursorkit.processor;
