/**
 * The sample's small JDBC layer: opening the database the config names ({@code Database}, with the
 * SQLite or PostgreSQL {@code Dialect}), running one parameterised query ({@code Query}, {@code
 * Params}) and handing its rows to a stream lazily ({@code Rows}, {@code Row}), so that a read
 * streams rows rather than loading a table.
 *
 * <p>Rules: nothing here knows about streams, cursors or the protocol; the stream classes of the
 * parent package use it. A row that cannot be read is an unchecked {@code ReadException} (an
 * iterator cannot throw {@code SQLException}; the cause is kept), a value that cannot become a
 * record a {@code DataException} that names the row and the fix.
 */
package io.cursorkit.sample.stockprices.jdbc;
