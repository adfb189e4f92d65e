package org.ganclassroom.sim.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/** The distributions the generic tests run over: every preset plus non-preset shapes (KDE, unequal mixture). */
final class Targets {
    private Targets() {
    }

    static List<Distribution1D> all1D() {
        List<Distribution1D> l = new ArrayList<>();
        for (String id : DataPresets.oneDIds()) {
            l.add(DataPresets.oneD(id));
        }
        l.add(new GaussianMixture1D(new double[] {0.2, 0.5, 0.3}, new double[] {-1.0, 0.5, 4.0},
                new double[] {0.3, 1.0, 0.6}));
        l.add(new DrawnPoints1D(new double[] {-1.0, -0.8, 0.0, 0.1, 2.5, 3.0}));
        return l;
    }

    static List<Distribution2D> all2D() {
        List<Distribution2D> l = new ArrayList<>();
        for (String id : DataPresets.twoDIds()) {
            l.add(DataPresets.twoD(id));
        }
        l.add(new GaussianMixture2D(new double[][] {{-1, 0}, {1.5, 1}}, 0.3, new double[] {0.25, 0.75}));
        l.add(new DrawnPoints2D(new double[] {-1, 0, 1, 1.2}, new double[] {0, 1, -0.5, 0.7}));
        return l;
    }

    static Stream<Arguments> oneD() {
        return all1D().stream().map(d -> Arguments.of(d.name(), d));
    }

    static Stream<Arguments> twoD() {
        return all2D().stream().map(d -> Arguments.of(d.name(), d));
    }
}
