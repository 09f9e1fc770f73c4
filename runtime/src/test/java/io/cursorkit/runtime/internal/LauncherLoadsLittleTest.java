package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.cursorkit.runtime.spi.Launcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spec and discover path loads no JSON library and bootstraps no invokedynamic call site
 * (lambdas, method references, string concatenation), so it starts as fast as a bare JVM.
 */
class LauncherLoadsLittleTest {
    @ParameterizedTest
    @ValueSource(classes = {Launcher.class, CommandLine.class})
    void classRefersToNoJacksonAndUsesNoInvokedynamic(Class<?> type) throws IOException {
        byte[] bytes;
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            assertNotNull(in);
            bytes = in.readAllBytes();
        }
        String constants = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(constants.contains("com/fasterxml"), type + " refers to Jackson");
        assertFalse(constants.contains("LambdaMetafactory"), type + " uses a lambda or method reference");
        assertFalse(constants.contains("StringConcatFactory"), type + " concatenates strings with invokedynamic");
        assertFalse(constants.contains("BootstrapMethods"), type + " has invokedynamic call sites");
    }
}
