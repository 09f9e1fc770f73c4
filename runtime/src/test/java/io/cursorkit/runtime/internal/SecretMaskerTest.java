package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which values the secret paths reach: options of a choice, list items and map values. */
class SecretMaskerTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void aWildcardReachesEveryListItemAndMapValue() throws Exception {
        SecretMasker masker = SecretMasker.of(
                json("{\"endpoints\":[{\"url\":\"u1\",\"token\":\"tok-one\"},{\"url\":\"u2\"},"
                        + "{\"url\":\"u3\",\"token\":\"tok-three\"}],"
                        + "\"by_region\":{\"eu\":{\"token\":\"tok-eu\"},\"us\":{\"token\":\"tok-us\"}}}"),
                List.of("endpoints.*.token", "by_region.*.token"));
        assertEquals(
                "********** u2 ********** ********** **********", masker.mask("tok-one u2 tok-three tok-eu tok-us"));
    }

    @Test
    void aSecretOfAnotherOptionOfAChoiceIsSimplyAbsent() throws Exception {
        List<String> paths = List.of("credentials.api_key", "credentials.token", "credentials.client_secret");
        SecretMasker bearer =
                SecretMasker.of(json("{\"credentials\":{\"type\":\"bearer\",\"token\":\"b-123\"}}"), paths);
        assertEquals("bearer **********", bearer.mask("bearer b-123"));
        SecretMasker none = SecretMasker.of(json("{\"credentials\":null}"), paths);
        assertTrue(none.isEmpty());
    }

    @Test
    void aWildcardOverAScalarOrMissingValueMasksNothing() throws Exception {
        SecretMasker masker =
                SecretMasker.of(json("{\"endpoints\":\"text\",\"other\":[1]}"), List.of("endpoints.*.token", "gone.*"));
        assertTrue(masker.isEmpty());
    }
}
