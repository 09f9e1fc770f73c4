/**
 * The runtime's own machinery: command-line and input parsing ({@code CommandLine}, {@code
 * InputFiles}, {@code StateInput}, {@code ConfiguredCatalog}), the read loop ({@code Commands},
 * {@code StreamReader}, {@code CursorTracker}, {@code ResumePoint}) and the output side ({@code
 * ProtocolWriter}, {@code MessageBuffer}, {@code StandardStreams}, {@code SecretMasker}).
 *
 * <p>Rules: nothing here is API. Connector authors and generated code never use it; only {@link
 * io.cursorkit.runtime.spi} calls in, through {@link io.cursorkit.runtime.internal.Engine} and
 * {@link io.cursorkit.runtime.internal.CommandLine}, the two types public for that reason. It may
 * use the SPI types it drives and Jackson; it never refers to a connector's own classes.
 */
package io.cursorkit.runtime.internal;
