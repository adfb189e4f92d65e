package org.ganclassroom.ui.practice;

import java.util.function.LongSupplier;

/** Milliseconds that only move when the test says so. */
public final class FakeClock implements LongSupplier {
    private long now;

    public FakeClock(long start) {
        this.now = start;
    }

    @Override
    public long getAsLong() {
        return now;
    }

    public void advanceMillis(long ms) {
        now += ms;
    }

    public void advanceSeconds(double s) {
        now += Math.round(s * 1000);
    }
}
