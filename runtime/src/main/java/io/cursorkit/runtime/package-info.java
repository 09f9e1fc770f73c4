/**
 * What connector authors may call at run time. The generated main class runs the connector; an
 * author only throws {@link io.cursorkit.runtime.ConfigException} to report a configuration
 * problem.
 */
package io.cursorkit.runtime;
