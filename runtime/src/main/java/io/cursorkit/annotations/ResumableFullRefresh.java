package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a full refresh stream resumable by its primary key: a sync that dies half way resumes
 * after the last key it checkpointed instead of reading the whole stream again.
 *
 * <p>It declares that {@code read} returns records in strictly ascending order of the stream's
 * primary key (each key once), in the order of the key's Java type ({@code compareTo}). The rules:
 *
 * <ul>
 *   <li>On a {@link Stream} whose record type has no {@link CursorField}, whose {@code primaryKey}
 *       names exactly one property, together with {@link CheckpointInterval}{@code (n)}: the stream
 *       checkpoints the last key emitted every {@code n} records.
 *   <li>Not with {@link Slices} or {@link Partitions}.
 *   <li>{@code read()} or {@code read(K after)}, {@code K} the key property's type (boxed): {@code
 *       after} is the key of the last checkpoint, {@code null} when the sync starts from the
 *       beginning. Return the records with a key above it ({@code WHERE symbol > ? ORDER BY
 *       symbol}); the runtime drops any record whose key is not above it anyway.
 *   <li>A record whose key is below or equal to the one before it fails the stream, as a cursor out
 *       of order does; its state goes back to where the sync started.
 *   <li>A record whose key is {@code null} is emitted but never moves the position, so a resumed
 *       sync emits it again.
 *   <li>A completed stream's state is {@code {}}: the next sync reads everything again.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ResumableFullRefresh {}
