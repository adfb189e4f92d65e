package org.ganclassroom.sim.config;

import org.ganclassroom.sim.nn.Activation;

import java.util.List;

/**
 * Hidden part of one player's network: 0–4 hidden layers of width 1–128 with one activation.
 * Input and output sizes follow from the data and the noise dimension.
 */
public record NetworkSpec(List<Integer> hidden, Activation activation) {
    public NetworkSpec {
        hidden = List.copyOf(hidden);
    }
}
