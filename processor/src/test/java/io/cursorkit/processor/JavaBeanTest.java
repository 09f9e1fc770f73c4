package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.ConnectorDefinition;
import io.cursorkit.runtime.spi.GeneratedStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JavaBeans as config and record types: getters read, setters written, field annotations honoured. */
class JavaBeanTest {
    private static final Compiled BEANS =
            Compiled.of("cases/beans", "BeanSettings.java", "BeanEvent.java", "BeanEvents.java", "Outer.java");

    private final ConnectorDefinition<Object> connector = BEANS.connector("beans.BeanSettings_Connector");

    @Test
    void configBeanIsFilledThroughItsSetters() throws Exception {
        List<String> warnings = new ArrayList<>();
        Object settings = connector.parseConfig(
                Compiled.parse("{\"host_name\":\"db\",\"port\":5432,\"token\":\"t\",\"host\":\"x\"}"), warnings::add);
        assertEquals("db", Compiled.get(settings, "getHost"));
        assertEquals(5432, Compiled.get(settings, "getPort"));
        assertEquals("t", Compiled.get(settings, "getToken"));
        assertEquals(List.of("config property 'host' is not in the spec and is ignored"), warnings);
        assertEquals(List.of("token"), connector.secretPaths());
        connector.check(settings);
    }

    @Test
    void configBeanRequiredPropertiesAndCheck() throws Exception {
        assertEquals(
                "config property 'host_name' is missing: expected a string. Add it to the config.",
                assertThrows(
                                ConfigException.class,
                                () -> connector.parseConfig(Compiled.parse("{\"port\":1}"), w -> {}))
                        .getMessage());
        Object zeroPort = connector.parseConfig(Compiled.parse("{\"host_name\":\"db\",\"port\":0}"), w -> {});
        assertThrows(IllegalArgumentException.class, () -> connector.check(zeroPort));
    }

    @Test
    void beanRecordIsWrittenFromItsGettersWithTheCursorOnItsField() throws Exception {
        Object settings = connector.parseConfig(Compiled.parse("{\"host_name\":\"db\",\"port\":1}"), w -> {});
        GeneratedStream<Object, Object, Object, Long, Object> stream = BEANS.stream("beans.BeanEvents_Stream");
        assertEquals("id", stream.info().cursorField());
        Object record;
        try (CloseableIterator<Object> records = stream.read(stream.create(settings), null, 41L)) {
            record = records.next();
        }
        assertEquals(42L, stream.cursor(record));
        assertEquals("[42]", stream.primaryKey(record));
        assertEquals("{\"id\":42,\"title\":\"db\"}", Compiled.write(stream.recordWriter(), record));
    }

    @Test
    void nestedStreamClassNamesAreJoinedWithUnderscores() throws Exception {
        GeneratedStream<Object, Object, Object, Long, Object> stream = BEANS.stream("beans.Outer_NestedEvents_Stream");
        assertEquals("nested_events", stream.info().name());
        assertEquals(2, connector.streams().size());
        Object author = stream.create(null);
        try (CloseableIterator<Object> records = stream.read(author, null, null)) {
            assertEquals("{\"id\":1,\"title\":\"nested\"}", Compiled.write(stream.recordWriter(), records.next()));
        }
    }
}
