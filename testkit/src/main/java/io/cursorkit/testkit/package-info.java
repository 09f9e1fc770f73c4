/**
 * Tests for Airbyte source connectors, run from the outside as separate processes: {@link
 * io.cursorkit.testkit.ConnectorProcess} starts a connector and returns a {@link
 * io.cursorkit.testkit.ConnectorRun} whose {@code assertValidProtocol()} checks every line against
 * the project's own protocol schema ({@link io.cursorkit.testkit.AirbyteProtocol}) and the messages
 * against each other; {@link io.cursorkit.testkit.ConfiguredCatalogBuilder} turns a discovered
 * catalog into the one {@code read} takes; {@link io.cursorkit.testkit.ResumeChecker} kills a sync
 * at checkpoints and random lines and proves that resuming loses no record and commits none twice;
 * {@link io.cursorkit.testkit.FarFutureCheck} proves that a state in the far future yields nothing.
 *
 * <p>Add {@code io.cursorkit:cursorkit-testkit} as a test dependency. The connector runs with the
 * test classpath by default, so its main class only has to be compiled in the same module.
 */
package io.cursorkit.testkit;
