package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component or field of the {@link Connector} type as a secret: the spec declares it with
 * {@code "airbyte_secret": true}, and its value is replaced by {@code **********} wherever it would
 * appear in the connector's output (log and trace messages, standard error), including exception
 * messages thrown by the connector's own code.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface Secret {}
