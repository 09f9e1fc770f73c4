package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated sources of API.md's connector compared with files under {@code src/test/resources/golden},
 * to catch code that is correct but weird. After an intended change, run with {@code
 * -Dgolden.update=true} and review the diff.
 */
class GoldenTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "StockPrices_Stream",
                "StockPrices_RecordWriter",
                "StockPrices_StateSerializer",
                "Tickers_Stream",
                "SourceStockPricesMain"
            })
    void generatedSourceMatchesGolden(String name) throws IOException {
        String actual = Sources.generated(Fixtures.stock().compilation(), "test/" + name + ".java");
        String golden = "golden/" + name + ".java";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources", golden), actual, StandardCharsets.UTF_8);
        }
        assertEquals(Sources.text(golden), actual, golden);
    }

    /** A full refresh stream resumable by its primary key ({@code @ResumableFullRefresh}). */
    @ParameterizedTest
    @ValueSource(strings = {"Companies_Stream", "Companies_StateSerializer"})
    void resumableStreamMatchesGolden(String name) throws IOException {
        String actual = Sources.generated(Fixtures.resumable().compilation(), "dir/" + name + ".java");
        String golden = "golden/" + name + ".java";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources", golden), actual, StandardCharsets.UTF_8);
        }
        assertEquals(Sources.text(golden), actual, golden);
    }
}
