package org.ganclassroom.ui.simulator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The settings form writes a rate the way a person types it (settled's η_G read "4.0E-4"). */
class ConfigFormNumberTest {
    @Test
    void ratesAreWrittenInPlainDecimals() {
        assertEquals("0.0004", ConfigForm.number(4e-4));
        assertEquals("0.001", ConfigForm.number(0.001));
        assertEquals("0.00002", ConfigForm.number(2e-5));
        assertEquals("64", ConfigForm.number(64));
        assertEquals("0.5", ConfigForm.number(0.5));
    }
}
