package io.cursorkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;

class CursorOrderTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void numbersByValue() {
        assertEquals(-1, CursorOrder.compare(NODES.numberNode(9), NODES.numberNode(10.5)));
        assertEquals(0, CursorOrder.compare(NODES.numberNode(2), NODES.numberNode(2.0)));
    }

    @Test
    void timesAsInstantsNotText() {
        // as text "10:00+01:00" > "09:30Z"; as instants 09:00Z < 09:30Z
        assertEquals(
                -1,
                Integer.signum(CursorOrder.compare(
                        NODES.textNode("2024-01-02T10:00:00+01:00"), NODES.textNode("2024-01-02T09:30:00Z"))));
        assertEquals(
                1, Integer.signum(CursorOrder.compare(NODES.textNode("2024-01-10"), NODES.textNode("2024-01-09"))));
        assertEquals(
                -1,
                Integer.signum(CursorOrder.compare(
                        NODES.textNode("2024-01-02T10:00:00"), NODES.textNode("2024-01-02T10:00:01"))));
    }

    @Test
    void oneInstantWrittenWithTwoOffsetsIsEqual() {
        assertEquals(
                0,
                CursorOrder.compare(
                        NODES.textNode("2024-01-02T11:00:00+01:00"), NODES.textNode("2024-01-02T10:00:00Z")));
    }

    @Test
    void otherTextByCharacters() {
        assertEquals(-1, Integer.signum(CursorOrder.compare(NODES.textNode("abc"), NODES.textNode("abd"))));
    }

    @Test
    void nullsAndMixedTypesDoNotCompare() {
        assertNull(CursorOrder.compare(NullNode.getInstance(), NODES.numberNode(1)));
        assertNull(CursorOrder.compare(NODES.textNode("1"), NODES.numberNode(1)));
    }
}
