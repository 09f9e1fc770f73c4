/**
 * The ways an API splits a list into pages: {@link io.cursorkit.http.paging.Paging} and its
 * factories (page token, next link in the body or the {@code Link} header, offset and limit, page
 * number, the last record's cursor).
 */
package io.cursorkit.http.paging;
