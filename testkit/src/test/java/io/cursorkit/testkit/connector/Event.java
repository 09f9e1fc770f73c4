package io.cursorkit.testkit.connector;

/** An event of an API's log: no field orders them, the log's position does ({@code id,account,payload}). */
public record Event(String id, String account, String payload) {}
