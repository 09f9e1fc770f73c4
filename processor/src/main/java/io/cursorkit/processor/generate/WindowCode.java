package io.cursorkit.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.model.JsonKind;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.model.WindowModel;
import io.cursorkit.processor.model.WindowModel.Bound;
import javax.lang.model.element.Modifier;

/**
 * Generates a stream's {@code window(config)} for its {@code @CursorWindow}: one call that hands the
 * runtime the config's values of the window, converted to the cursor's type where a {@code
 * LocalDate} bounds a date-time cursor. The runtime checks the values and does the arithmetic.
 */
final class WindowCode {
    private static final ClassName WINDOW_BOUNDS = ClassName.get("io.cursorkit.runtime.spi", "WindowBounds");

    private WindowCode() {}

    /** The {@code window} method, or null when the stream has no {@code @CursorWindow}. */
    static MethodSpec window(StreamModel stream, TypeName config) {
        WindowModel window = stream.window();
        if (window == null) {
            return null;
        }
        TypeName cursor = RuntimeTypes.cursorType(stream);
        JsonKind kind = stream.cursor().property().type().kind();
        CodeBlock lookback = window.lookback() == null
                ? CodeBlock.of("null, null")
                : CodeBlock.of(
                        "$S, config.$L()",
                        window.lookback().jsonName(),
                        window.lookback().getter());
        return MethodSpec.methodBuilder("window")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(WINDOW_BOUNDS, cursor))
                .addParameter(config, "config")
                .addException(RuntimeTypes.CONFIG_EXCEPTION)
                .addStatement(
                        "return $T.of(\n$S,\n$T.class,\n$L,\n$L,\n$L,\n$S)",
                        WINDOW_BOUNDS,
                        stream.name(),
                        cursor,
                        bound(window.start(), kind),
                        bound(window.end(), kind),
                        lookback,
                        window.futureMargin())
                .build();
    }

    /** {@code "name", value} of a bound, or {@code null, null}. */
    private static CodeBlock bound(Bound bound, JsonKind cursorKind) {
        if (bound == null) {
            return CodeBlock.of("null, null");
        }
        PropertyModel property = bound.property();
        if (!bound.fromDate()) {
            return CodeBlock.of("$S, config.$L()", property.jsonName(), property.getter());
        }
        String convert =
                switch (cursorKind) {
                    case OFFSET_DATE_TIME -> "offsetStartOfDay";
                    case ZONED_DATE_TIME -> "zonedStartOfDay";
                    case INSTANT -> "instantStartOfDay";
                    case LOCAL_DATE_TIME -> "localStartOfDay";
                    default -> throw new IllegalStateException("no day start for a cursor of kind " + cursorKind);
                };
        return CodeBlock.of("$S, $T.$L(config.$L())", property.jsonName(), WINDOW_BOUNDS, convert, property.getter());
    }
}
