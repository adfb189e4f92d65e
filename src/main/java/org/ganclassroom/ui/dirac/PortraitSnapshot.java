package org.ganclassroom.ui.dirac;

import org.ganclassroom.sim.dirac.DiracGame;
import org.ganclassroom.sim.dirac.DiracPoint;

/**
 * What the phase portrait draws, frozen: the game whose field the arrows show, the start point, and the two
 * trajectories so far as coordinate arrays (θ[i], ψ[i]) of which the first {@code n} entries are used.
 */
record PortraitSnapshot(DiracGame game, DiracPoint start, double[] simTheta, double[] simPsi, int simN,
                        double[] altTheta, double[] altPsi, int altN) {
}
