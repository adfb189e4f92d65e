package org.ganclassroom.sim.train;

import org.ganclassroom.sim.nn.Mlp;

/**
 * What a trainer puts back when a step leaves the {@link SaneRange}: the weights, the step count and the players'
 * update counts from before the step, so what is measured, shown and saved afterwards is finite and consistent.
 */
final class Rollback {
    private final Mlp gSaved;
    private final Mlp dSaved;
    private final Mlp gEmaSaved;
    long step;
    long discriminatorUpdates;
    long generatorUpdates;

    Rollback(Mlp g, Mlp d, Mlp gEma) {
        gSaved = new Mlp(g.spec());
        dSaved = new Mlp(d.spec());
        gEmaSaved = new Mlp(gEma.spec());
    }

    void save(Mlp g, Mlp d, Mlp gEma) {
        gSaved.copyParamsFrom(g);
        dSaved.copyParamsFrom(d);
        gEmaSaved.copyParamsFrom(gEma);
    }

    void restore(Mlp g, Mlp d, Mlp gEma) {
        g.copyParamsFrom(gSaved);
        d.copyParamsFrom(dSaved);
        gEma.copyParamsFrom(gEmaSaved);
    }
}
