package org.ganclassroom.ui.truefalse;

import javafx.animation.AnimationTimer;

/** A {@link Ticker} that fires once per JavaFX pulse (about 60 times a second) on the FX thread. */
public final class FxTicker implements Ticker {
    private AnimationTimer timer;

    @Override
    public void start(Runnable onTick) {
        stop();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onTick.run();
            }
        };
        timer.start();
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
