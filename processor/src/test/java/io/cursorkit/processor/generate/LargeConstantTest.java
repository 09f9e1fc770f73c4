package io.cursorkit.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import io.cursorkit.processor.Compiled;
import io.cursorkit.processor.Sources;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A catalog larger than a class file constant can hold (65535 UTF-8 bytes) is joined from pieces
 * at class initialisation instead, and still equals the catalog file. The input is generated
 * because it is only large, not interesting.
 */
class LargeConstantTest {
    private static final int PROPERTIES = 200;
    private static final int STREAMS = 7;

    private static List<JavaFileObject> sources() {
        List<JavaFileObject> files = new ArrayList<>();
        StringBuilder wide = new StringBuilder("package wide;\npublic record Wide(\n");
        for (int i = 0; i < PROPERTIES; i++) {
            wide.append(i == 0 ? "" : ",\n")
                    .append("String aRatherLongPropertyName")
                    .append(i);
        }
        files.add(JavaFileObjects.forSourceString(
                "wide.Wide", wide.append(") {}\n").toString()));
        for (int s = 0; s < STREAMS; s++) {
            files.add(JavaFileObjects.forSourceString(
                    "wide.Stream" + s,
                    "package wide;\n@io.cursorkit.annotations.Stream\npublic final class Stream" + s + " {\n"
                            + "public java.util.List<Wide> read() { return java.util.List.of(); }\n}\n"));
        }
        files.add(JavaFileObjects.forSourceString(
                "wide.WideConfig",
                "package wide;\n@io.cursorkit.annotations.Connector(name = \"source-wide\")\n"
                        + "public record WideConfig(String \u00e9t\u00e9) {}\n"));
        return files;
    }

    @Test
    void catalogBeyondTheConstantLimitIsBuiltFromPieces() throws Exception {
        Compiled compiled = Compiled.of(Sources.compile(sources()));
        String catalog = (String) compiled.type("wide.WideConfig_Connector")
                .getField("CATALOG_JSON")
                .get(null);
        assertTrue(catalog.getBytes(StandardCharsets.UTF_8).length > ConnectorGenerator.CONSTANT_LIMIT);
        assertEquals(
                Compiled.parse(Sources.resource(compiled.compilation(), "META-INF/cursorkit/catalog.json")),
                Compiled.parse(catalog));
        assertEquals(STREAMS, Compiled.parse(catalog).get("streams").size());
        String source = Sources.generated(compiled.compilation(), "wide/WideConfig_Connector.java");
        assertTrue(source.contains("CATALOG_JSON = String.join(\"\","), "catalog joined from pieces");
        assertTrue(source.contains("SPEC_JSON = \"{"), "the small spec stays a constant");
        assertEquals(
                "source-wide", compiled.connector("wide.WideConfig_Connector").name());
    }
}
