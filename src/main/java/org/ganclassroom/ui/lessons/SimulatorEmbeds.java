package org.ganclassroom.ui.lessons;

import org.ganclassroom.ui.common.Navigator;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place the live-simulator work package plugs in: {@code SimulatorEmbeds.register(nav -> block -> ...)}.
 * The factory gets the page's {@link Navigator} so it can still offer "Open in Simulator".
 */
public final class SimulatorEmbeds {
    private static volatile Function<Navigator, SimulatorEmbedFactory> registered;

    private SimulatorEmbeds() {
    }

    public static void register(Function<Navigator, SimulatorEmbedFactory> factory) {
        registered = Objects.requireNonNull(factory, "factory");
    }

    /** Back to the default card (for tests). */
    public static void clear() {
        registered = null;
    }

    /** The registered factory, or the default card that navigates to the Simulator view. */
    public static SimulatorEmbedFactory forNavigator(Navigator navigator) {
        return Optional.ofNullable(registered).map(f -> f.apply(navigator))
                .orElseGet(() -> new DefaultSimulatorEmbed(navigator));
    }
}
