package io.cursorkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = new Redactor(List.of("s3cr3t value"), Set.of("hidden"));

    @Test
    void secretParametersAreMaskedByName() {
        assertEquals(
                "https://h/p?api_key=****&page=2&Access-Token=****&hidden=****&monkey=1&key=****",
                redactor.redact("https://h/p?api_key=abc&page=2&Access-Token=x.y&hidden=z&monkey=1&key=k"));
    }

    @Test
    void registeredSecretsAreMaskedRawAndEncoded() {
        assertEquals("a **** b **** c ****", redactor.redact("a s3cr3t value b s3cr3t+value c s3cr3t%20value"));
    }

    @Test
    void jsonMembersAndUserInfoAreMasked() {
        assertEquals(
                "{\"password\": \"****\", \"name\": \"x\"} https://****@h/",
                redactor.redact("{\"password\": \"p\\\"w\", \"name\": \"x\"} https://user:pw@h/"));
    }

    @Test
    void causesAreKeptUnlessTheyHoldASecret() {
        IOException clean = new IOException("connection reset");
        assertSame(clean, redactor.safe(clean));
        Throwable copy = redactor.safe(new IllegalStateException("outer", new IOException("saw s3cr3t value")));
        assertEquals("java.lang.IllegalStateException: outer", copy.getMessage());
        assertEquals("java.io.IOException: saw ****", copy.getCause().getMessage());
        assertFalse(copy.getCause().toString().contains("s3cr3t"));
    }

    @Test
    void namesThatLookSecret() {
        for (String name : List.of("Authorization", "X-Api-Key", "client_secret", "refresh_token", "sig", "password")) {
            assertTrue(Redactor.looksSecret(name, Set.of()), name);
        }
        for (String name : List.of("page", "since", "author", "monkey", "limit")) {
            assertFalse(Redactor.looksSecret(name, Set.of()), name);
        }
    }
}
