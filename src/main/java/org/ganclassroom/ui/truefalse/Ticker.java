package org.ganclassroom.ui.truefalse;

/**
 * Calls back regularly while a speed round runs, so the view model can look at the clock. The app uses
 * {@link FxTicker} (every frame); tests use a manual ticker and fire it themselves after moving a fake clock.
 */
public interface Ticker {
    /** Starts calling {@code onTick} (on the FX thread) until {@link #stop}. Replaces an earlier callback. */
    void start(Runnable onTick);

    void stop();
}
