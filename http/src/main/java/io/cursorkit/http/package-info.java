/**
 * HTTP JSON APIs for a stream's {@code read} method, on the JDK's {@code HttpClient}: {@link
 * io.cursorkit.http.HttpSource} (one API: base URL, credentials, timeout, {@link
 * io.cursorkit.http.Retry retries}, rate limit), {@link io.cursorkit.http.Request} (one request,
 * read lazily page by page into records), and the failures {@link io.cursorkit.http.HttpException}
 * ({@code system_error}) and {@link io.cursorkit.http.CredentialsException} ({@code config_error}).
 * No message, log line or {@code toString()} of this package holds a secret.
 */
package io.cursorkit.http;
