package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one component or field of a record type that orders records for incremental sync,
 * such as {@code updated_at}, {@code date} or an auto-increment id.
 *
 * <p>Its type is {@link Comparable} and has a JSON form: {@code String}, {@code int}, {@code
 * long}, {@code BigInteger}, {@code BigDecimal}, {@code double}, {@code LocalDate}, {@code
 * LocalDateTime}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code Instant}, or an enum (their
 * boxed forms too). The stream's state holds the cursor under the field's JSON name, in the same
 * JSON type and format as in the records. It must not be {@code @JsonIgnore}d. A record whose
 * cursor is {@code null} is emitted, but does not move the state.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface CursorField {}
