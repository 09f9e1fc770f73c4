/**
 * What {@code run-demo.sh} needs beside the connector: the embedded demo database ({@code
 * DemoDatabase}, {@code Schema}, {@code DemoData}), and {@code DemoTool}, which adds rows between
 * syncs and summarises a sync's output for a person ({@code SyncSummary}).
 *
 * <p>Rules: not part of the connector's syncs: {@code DemoDatabase} only creates the demo file on
 * first use. It may use the JDBC layer, and Jackson to read the connector's output; what it
 * prints is for people, never protocol.
 */
package io.cursorkit.sample.stockprices.demo;
