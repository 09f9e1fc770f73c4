/**
 * The contract between generated code and the runtime. Only code that the cursorkit processor
 * generates implements or calls these types; connector authors never need them, and they may
 * change between releases without notice.
 */
package io.cursorkit.runtime.internal;
