package org.ganclassroom.sim.data;

/**
 * One mode of a mixture target: its centre and standard deviation (per axis; isotropic in 2-D).
 * Used to count captured modes and high-quality samples (within 3σ of a mode).
 */
public record Mode(double x, double y, double sigma) {
}
