package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.DataSpec;
import org.ganclassroom.sim.data.DataPresets;
import org.ganclassroom.sim.data.Distribution1D;
import org.ganclassroom.sim.data.Distribution2D;
import org.ganclassroom.sim.data.DrawnPoints1D;
import org.ganclassroom.sim.data.DrawnPoints2D;
import org.ganclassroom.sim.data.Mode;

import java.util.List;
import java.util.random.RandomGenerator;

/** p_data of a run, 1-D or 2-D, behind one face: batches come out as {@code x[dimension][n]}. */
public final class TargetData {
    private final Distribution1D oneD;
    private final Distribution2D twoD;

    private TargetData(Distribution1D oneD, Distribution2D twoD) {
        this.oneD = oneD;
        this.twoD = twoD;
    }

    public static TargetData of(DataSpec spec) {
        if (spec.isDrawn()) {
            return spec.ys() == null
                    ? new TargetData(new DrawnPoints1D(spec.xs()), null)
                    : new TargetData(null, new DrawnPoints2D(spec.xs(), spec.ys()));
        }
        return DataPresets.isOneD(spec.preset())
                ? new TargetData(DataPresets.oneD(spec.preset()), null)
                : new TargetData(null, DataPresets.twoD(spec.preset()));
    }

    public int dimension() {
        return oneD != null ? 1 : 2;
    }

    /** The 1-D distribution, or null in 2-D. */
    public Distribution1D oneD() {
        return oneD;
    }

    /** The 2-D distribution, or null in 1-D. */
    public Distribution2D twoD() {
        return twoD;
    }

    public String name() {
        return oneD != null ? oneD.name() : twoD.name();
    }

    public double lower() {
        return oneD != null ? oneD.lower() : twoD.lower();
    }

    public double upper() {
        return oneD != null ? oneD.upper() : twoD.upper();
    }

    public List<Mode> modes() {
        return oneD != null ? oneD.modes() : twoD.modes();
    }

    /** Fills out[0..dimension)[0..n) with independent draws. */
    public void sample(RandomGenerator rng, double[][] out, int n) {
        if (oneD != null) {
            oneD.sample(rng, out[0], n);
        } else {
            twoD.sample(rng, out[0], out[1], n);
        }
    }
}
