package org.ganclassroom.ui.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WholeNumberSpinnersTest {
    @Test
    void textThatIsNotAWholeNumberKeepsTheValueAndNumbersAreClamped() {
        var f = WholeNumberSpinners.factory(1, 10, 3);
        var c = f.getConverter();
        assertEquals(3, c.fromString("f10"));
        assertEquals(3, c.fromString(""));
        assertEquals(3, c.fromString(null));
        assertEquals(3, c.fromString("2.5"));
        assertEquals(7, c.fromString(" 7 "));
        assertEquals(10, c.fromString("25"));
        assertEquals(1, c.fromString("-4"));
        assertEquals("3", c.toString(3));
    }

    @Test
    void theStartingValueIsClampedIntoRange() {
        assertEquals(10, WholeNumberSpinners.factory(1, 10, 40).getValue());
        assertEquals(1, WholeNumberSpinners.factory(1, 10, 0).getValue());
    }
}
