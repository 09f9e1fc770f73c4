/**
 * The annotations a connector author writes: {@link io.cursorkit.annotations.Connector} on the
 * configuration type, {@link io.cursorkit.annotations.Secret} on its secret properties, {@link
 * io.cursorkit.annotations.Stream} on each stream class, {@link
 * io.cursorkit.annotations.CursorField} on the property records are ordered by (or {@link
 * io.cursorkit.annotations.CursorOption} on the options of a cursor the user chooses), and {@link
 * io.cursorkit.annotations.CheckpointInterval}, {@link io.cursorkit.annotations.Slices}, {@link
 * io.cursorkit.annotations.Partitions} and {@link io.cursorkit.annotations.ResumableFullRefresh}
 * for how a stream checkpoints, and {@link io.cursorkit.annotations.StreamState}, {@link
 * io.cursorkit.annotations.StateVersion} and {@link io.cursorkit.annotations.StateMigration} for a
 * stream that keeps a state of its own.
 *
 * <p>Rules: this package is API (docs/API.md, section 3); the processor reads these annotations at
 * build time, and nothing reads them at run time (their retention is {@code CLASS}: kept in the
 * class file for tools, invisible to reflection). It depends on nothing, not even the rest of the runtime, so that an annotation never
 * pulls machinery into a connector's compile classpath.
 */
package io.cursorkit.annotations;
