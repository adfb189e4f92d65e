package org.ganclassroom.sim.metrics;

/** Rescales a non-negative grid function so that Σ out·cell equals a target mass (zero stays zero). */
final class Normalise {
    private Normalise() {
    }

    static void toMass(double[] out, int len, double cell, double mass) {
        double total = 0;
        for (int i = 0; i < len; i++) {
            total += out[i];
        }
        double scale = total > 0 ? mass / (total * cell) : 0.0;
        for (int i = 0; i < len; i++) {
            out[i] *= scale;
        }
    }
}
