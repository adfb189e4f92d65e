package org.ganclassroom.sim.loss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registry of all objectives by {@link Objective#id()}. Objectives are stateless, so one shared instance each.
 */
public final class Objectives {
    private static final Map<String, Objective> BY_ID = new LinkedHashMap<>();

    static {
        register(new MinimaxObjective());
        register(new NonSaturatingObjective());
        register(new LeastSquaresObjective());
        register(new WassersteinObjective());
        register(new HingeObjective());
        for (FDivergence f : FDivergence.values()) {
            register(new FGanObjective(f));
        }
    }

    private Objectives() {
    }

    private static void register(Objective o) {
        BY_ID.put(o.id(), o);
    }

    /** The objective with this id; IllegalArgumentException naming the valid ids otherwise. */
    public static Objective byId(String id) {
        Objective o = BY_ID.get(id);
        if (o == null) {
            throw new IllegalArgumentException("Unknown objective '" + id + "'; valid ids: " + ids());
        }
        return o;
    }

    /** All ids in a stable order (classic objectives first, then the f-GAN family). */
    public static List<String> ids() {
        return Collections.unmodifiableList(new ArrayList<>(BY_ID.keySet()));
    }
}
