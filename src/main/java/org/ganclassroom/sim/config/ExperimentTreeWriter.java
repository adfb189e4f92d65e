package org.ganclassroom.sim.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/** Writes an {@link Experiment} as the JSON tree of the experiment file (see {@code docs/EXPERIMENT_FORMAT.md}). */
final class ExperimentTreeWriter {
    private ExperimentTreeWriter() {
    }

    /** Fills {@code root} with the experiment's fields and returns it. */
    static ObjectNode toTree(Experiment e, ObjectNode root) {
        ExperimentConfig c = e.config();
        root.put("format", ExperimentJson.FORMAT);
        root.put("version", ExperimentJson.VERSION);
        root.put("seed", c.seed());
        ObjectNode data = root.putObject("data");
        data.put("preset", c.data().preset());
        if (c.data().isDrawn()) {
            ArrayNode pts = data.putArray("points");
            for (int i = 0; i < c.data().xs().length; i++) {
                ArrayNode p = pts.addArray().add(c.data().xs()[i]);
                if (c.data().ys() != null) {
                    p.add(c.data().ys()[i]);
                }
            }
        }
        ObjectNode g = root.putObject("generator");
        g.put("noiseDim", c.noiseDim());
        writeNet(g, c.generator());
        writeNet(root.putObject("discriminator"), c.discriminator());
        TrainingSpec t = c.training();
        ObjectNode tr = root.putObject("training");
        tr.put("objective", t.objective());
        tr.put("optimizer", t.optimizer().name().toLowerCase(Locale.ROOT));
        tr.put("lrG", t.lrG());
        tr.put("lrD", t.lrD());
        tr.put("beta1", t.beta1());
        tr.put("beta2", t.beta2());
        tr.put("batchSize", t.batchSize());
        tr.putObject("lrDecay").put("enabled", t.lrDecay().enabled()).put("start", t.lrDecay().start())
                .put("steps", t.lrDecay().steps()).put("factor", t.lrDecay().factor());
        writeStabilisers(root.putObject("stabilisers"), c.stabilisers());
        ObjectNode m = root.putObject("measure");
        m.put("grid1d", c.measure().grid1d());
        m.put("grid2d", c.measure().grid2d());
        m.put("quadrature1d", c.measure().quadrature1d());
        m.put("quadrature2d", c.measure().quadrature2d());
        ExperimentExtras.write(root, e);
        if (e.hasState()) {
            ObjectNode s = root.putObject("state");
            s.put("step", e.state().step());
            putArray(s, "generator", e.state().generator());
            putArray(s, "discriminator", e.state().discriminator());
            if (e.state().generatorEma() != null) {
                putArray(s, "generatorEma", e.state().generatorEma());
            }
        }
        return root;
    }

    private static void writeNet(ObjectNode node, NetworkSpec n) {
        ArrayNode h = node.putArray("hidden");
        n.hidden().forEach(h::add);
        node.put("activation", n.activation().name().toLowerCase(Locale.ROOT).replace("_", ""));
    }

    private static void writeStabilisers(ObjectNode s, Stabilisers st) {
        s.put("dSteps", st.dSteps());
        s.putObject("labelSmoothing").put("enabled", st.labelSmoothing()).put("target", st.smoothedLabel());
        s.putObject("instanceNoise").put("enabled", st.instanceNoise()).put("sigma", st.noiseSigma())
                .put("annealSteps", st.noiseAnnealSteps());
        s.putObject("gradientPenalty").put("enabled", st.gradientPenalty()).put("lambda", st.gpLambda());
        s.putObject("r1").put("enabled", st.r1()).put("gamma", st.r1Gamma());
        s.putObject("spectralNorm").put("enabled", st.spectralNorm());
        s.putObject("weightClipping").put("enabled", st.weightClipping()).put("clip", st.clipValue());
        s.putObject("twoTimeScale").put("enabled", st.twoTimeScale()).put("dLrFactor", st.dLrFactor());
        s.putObject("minibatchStd").put("enabled", st.minibatchStd());
        s.putObject("generatorEma").put("enabled", st.generatorEma()).put("decay", st.emaDecay());
        s.putObject("packing").put("enabled", st.packing()).put("samples", st.packSize());
        s.putObject("unrolled").put("enabled", st.unrolled()).put("steps", st.unrollSteps()).put("lr", st.unrollLr())
                .put("firstOrder", st.unrollFirstOrder());
    }

    /** Weights only: a non-finite one is a bug upstream (the trainer keeps the last finite state), never written. */
    private static void putArray(ObjectNode node, String name, double[] values) {
        ArrayNode a = node.putArray(name);
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("state." + name + ": refusing to save a non-finite weight " + v);
            }
            a.add(v);
        }
    }
}
