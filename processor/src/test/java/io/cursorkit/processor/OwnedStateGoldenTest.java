package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources of a stream that owns its state (with slices and a chain of migrations)
 * compared with files under {@code src/test/resources/golden}, as {@link GoldenTest} does for API.md's
 * connector. After an intended change, run with {@code -Dgolden.update=true} and review the diff.
 */
class OwnedStateGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"Changes_OwnedState", "Changes_Stream"})
    void generatedSourceMatchesGolden(String name) throws IOException {
        String actual = Sources.generated(
                Compiled.of(
                                "cases/owned",
                                "DeltaConfig.java",
                                "Change.java",
                                "Delta.java",
                                "DeltaV1.java",
                                "DeltaV2.java",
                                "LegacyDelta.java",
                                "Changes.java")
                        .compilation(),
                "owned/" + name + ".java");
        String golden = "golden/" + name + ".java";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources", golden), actual, StandardCharsets.UTF_8);
        }
        assertEquals(Sources.text(golden), actual, golden);
    }
}
