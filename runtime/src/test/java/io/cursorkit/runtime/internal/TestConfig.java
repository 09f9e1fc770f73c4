package io.cursorkit.runtime.internal;

/** The typed configuration of the test connector; {@code apiKey} is its secret. */
record TestConfig(String apiKey, boolean failCheck) {}
