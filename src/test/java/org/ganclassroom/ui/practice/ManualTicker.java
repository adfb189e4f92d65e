package org.ganclassroom.ui.practice;

import org.ganclassroom.ui.truefalse.Ticker;

/** A ticker the test fires by hand. */
public final class ManualTicker implements Ticker {
    private Runnable onTick;

    @Override
    public void start(Runnable onTick) {
        this.onTick = onTick;
    }

    @Override
    public void stop() {
        onTick = null;
    }

    public boolean running() {
        return onTick != null;
    }

    public void fire() {
        if (onTick != null) {
            onTick.run();
        }
    }
}
