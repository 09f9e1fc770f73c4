package io.cursorkit.http.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    @Test
    void findsTheNextLinkAmongOthers() {
        assertEquals(
                Optional.of("https://h/items?page=3"),
                LinkHeader.next(List.of(
                        "<https://h/items?page=1>; rel=\"prev\", <https://h/items?page=3>; rel=\"next\"",
                        "<https://h/items?page=9>; rel=\"last\"")));
        assertEquals(Optional.of("/x?c=2"), LinkHeader.next(List.of("</x?c=2>; title=\"more\"; REL=\"next last\"")));
        assertEquals(Optional.of("/y"), LinkHeader.next(List.of("</y>;rel=next")));
        assertEquals(Optional.empty(), LinkHeader.next(List.of("<https://h/items?page=1>; rel=\"first\"")));
        assertEquals(Optional.empty(), LinkHeader.next(List.of()));
    }
}
