package org.ganclassroom.sim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.ganclassroom.sim.data.DataPresets;
import org.ganclassroom.sim.loss.Objectives;
import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.ganclassroom.sim.config.JsonFields.bool;
import static org.ganclassroom.sim.config.JsonFields.choice;
import static org.ganclassroom.sim.config.JsonFields.integer;
import static org.ganclassroom.sim.config.JsonFields.number;
import static org.ganclassroom.sim.config.JsonFields.object;
import static org.ganclassroom.sim.config.JsonFields.path;
import static org.ganclassroom.sim.config.JsonFields.widths;

/**
 * Reads and validates the JSON tree of an experiment file, section by section; the first bad field is reported
 * as one line naming it, and fields left out take the preset's defaults.
 */
final class ExperimentTreeReader {
    private static final List<String> ACTIVATIONS = JsonFields.lower(Activation.values());
    private static final List<String> OPTIMIZERS = JsonFields.lower(OptimizerKind.values());

    private ExperimentTreeReader() {
    }

    /**
     * Reads a tree. Fields it leaves out take the defaults of the preset named in {@code data.preset}
     * (or of the default preset for the data's dimension).
     */
    static Experiment fromTree(JsonNode root) throws ConfigException {
        String format = root.path("format").asText(null);
        if (format != null && !ExperimentJson.FORMAT.equals(format)) {
            throw new ConfigException("format: \"" + format + "\" is not a GAN Classroom experiment; expected \""
                    + ExperimentJson.FORMAT + "\"");
        }
        integer(root, "", "version", ExperimentJson.VERSION, ExperimentJson.VERSION,
                ExperimentJson.VERSION);
        DataSpec data = readData(root);
        ExperimentConfig base = ExperimentPresets.defaultsFor(data);
        long seed = integer(root, "", "seed", base.seed(), Long.MIN_VALUE, Long.MAX_VALUE);

        JsonNode g = orEmpty(object(root, "", "generator"));
        int noiseDim = (int) integer(g, "generator", "noiseDim", base.noiseDim(), 1, 8);
        NetworkSpec gen = readNet(g, "generator", base.generator());
        NetworkSpec dis = readNet(orEmpty(object(root, "", "discriminator")), "discriminator", base.discriminator());
        TrainingSpec training = readTraining(orEmpty(object(root, "", "training")), base.training());
        Stabilisers st = readStabilisers(orEmpty(object(root, "", "stabilisers")), base.stabilisers());
        JsonNode m = orEmpty(object(root, "", "measure"));
        MeasureSpec bm = base.measure();
        MeasureSpec measure = new MeasureSpec(
                (int) integer(m, "measure", "grid1d", bm.grid1d(), 50, 4000),
                (int) integer(m, "measure", "grid2d", bm.grid2d(), 16, 256),
                (int) integer(m, "measure", "quadrature1d", bm.quadrature1d(), 64, 65536),
                (int) integer(m, "measure", "quadrature2d", bm.quadrature2d(), 256, 65536));
        ExperimentConfig config = new ExperimentConfig(seed, data, noiseDim, gen, dis, training, st, measure);
        ExperimentState state = readState(root, config);
        return new Experiment(config, state, ExperimentExtras.preset(root), ExperimentExtras.history(root, state));
    }

    private static JsonNode orEmpty(JsonNode n) {
        return n == null ? JsonNodeFactory.instance.objectNode() : n;
    }

    private static DataSpec readData(JsonNode root) throws ConfigException {
        JsonNode d = orEmpty(object(root, "", "data"));
        List<String> allowed = new ArrayList<>(DataPresets.ids());
        allowed.add(DataSpec.DRAWN);
        String preset = choice(d, "data", "preset", ExperimentPresets.DEFAULT, allowed);
        if (!DataSpec.DRAWN.equals(preset)) {
            return DataSpec.preset(preset);
        }
        JsonNode pts = d.get("points");
        if (pts == null || !pts.isArray() || pts.size() < 2) {
            throw new ConfigException("data.points: a drawn data set needs a list of at least 2 points like [[0.5], [1.2]]"
                    + " or [[0.5, 1], [1.2, -0.3]]");
        }
        if (pts.size() > 100_000) {
            throw new ConfigException("data.points: " + pts.size() + " points; allowed 2..100000");
        }
        int dim = pts.get(0).isArray() ? pts.get(0).size() : -1;
        if (dim != 1 && dim != 2) {
            throw new ConfigException("data.points[0]: expected [x] or [x, y], found " + JsonFields.describe(pts.get(0)));
        }
        double[] xs = new double[pts.size()];
        double[] ys = dim == 2 ? new double[pts.size()] : null;
        for (int i = 0; i < pts.size(); i++) {
            String p = "data.points[" + i + "]";
            if (!pts.get(i).isArray() || pts.get(i).size() != dim) {
                throw new ConfigException(p + ": expected " + (dim == 1 ? "[x]" : "[x, y]") + " like the first point, found "
                        + JsonFields.describe(pts.get(i)));
            }
            double[] v = JsonFields.numbers(pts.get(i), p, dim);
            for (double c : v) {
                if (Math.abs(c) > 100) {
                    throw new ConfigException(p + ": coordinate " + JsonFields.fmt(c) + " is out of range; allowed [-100, 100]");
                }
            }
            xs[i] = v[0];
            if (ys != null) {
                ys[i] = v[1];
            }
        }
        return new DataSpec(DataSpec.DRAWN, xs, ys);
    }

    private static NetworkSpec readNet(JsonNode n, String p, NetworkSpec base) throws ConfigException {
        List<Integer> hidden = widths(n, p, "hidden", base.hidden(), 4, 128);
        String act = choice(n, p, "activation", base.activation().name().toLowerCase(Locale.ROOT).replace("_", ""),
                ACTIVATIONS);
        return new NetworkSpec(hidden, Activation.values()[ACTIVATIONS.indexOf(act)]);
    }

    private static TrainingSpec readTraining(JsonNode t, TrainingSpec b) throws ConfigException {
        String objective = choice(t, "training", "objective", b.objective(), Objectives.ids());
        String opt = choice(t, "training", "optimizer", b.optimizer().name().toLowerCase(Locale.ROOT), OPTIMIZERS);
        return new TrainingSpec(objective, OptimizerKind.values()[OPTIMIZERS.indexOf(opt)],
                number(t, "training", "lrG", b.lrG(), 0, 1, true),
                number(t, "training", "lrD", b.lrD(), 0, 1, true),
                number(t, "training", "beta1", b.beta1(), 0, 0.9999, false),
                number(t, "training", "beta2", b.beta2(), 0, 0.99999, false),
                (int) integer(t, "training", "batchSize", b.batchSize(), 1, 1024),
                readLrDecay(orEmpty(object(t, "training", "lrDecay")), b.lrDecay()));
    }

    private static LrDecay readLrDecay(JsonNode n, LrDecay b) throws ConfigException {
        String p = "training.lrDecay";
        return new LrDecay(bool(n, p, "enabled", b.enabled()),
                integer(n, p, "start", b.start(), 0, LrDecay.MAX_STEPS),
                integer(n, p, "steps", b.steps(), 1, LrDecay.MAX_STEPS),
                number(n, p, "factor", b.factor(), 0, 1, true));
    }

    private static Stabilisers readStabilisers(JsonNode s, Stabilisers b) throws ConfigException {
        String p = "stabilisers";
        Stabilisers.Builder o = b.toBuilder();
        o.dSteps = (int) integer(s, p, "dSteps", b.dSteps(), 1, 20);
        JsonNode ls = orEmpty(object(s, p, "labelSmoothing"));
        o.labelSmoothing = bool(ls, path(p, "labelSmoothing"), "enabled", b.labelSmoothing());
        o.smoothedLabel = number(ls, path(p, "labelSmoothing"), "target", b.smoothedLabel(), 0.5, 1, false);
        JsonNode in = orEmpty(object(s, p, "instanceNoise"));
        o.instanceNoise = bool(in, path(p, "instanceNoise"), "enabled", b.instanceNoise());
        o.noiseSigma = number(in, path(p, "instanceNoise"), "sigma", b.noiseSigma(), 0, 5, false);
        o.noiseAnnealSteps = (int) integer(in, path(p, "instanceNoise"), "annealSteps", b.noiseAnnealSteps(), 0,
                1_000_000_000);
        JsonNode gp = orEmpty(object(s, p, "gradientPenalty"));
        o.gradientPenalty = bool(gp, path(p, "gradientPenalty"), "enabled", b.gradientPenalty());
        o.gpLambda = number(gp, path(p, "gradientPenalty"), "lambda", b.gpLambda(), 0, 100, false);
        JsonNode r1 = orEmpty(object(s, p, "r1"));
        o.r1 = bool(r1, path(p, "r1"), "enabled", b.r1());
        o.r1Gamma = number(r1, path(p, "r1"), "gamma", b.r1Gamma(), 0, 100, false);
        o.spectralNorm = bool(orEmpty(object(s, p, "spectralNorm")), path(p, "spectralNorm"), "enabled",
                b.spectralNorm());
        JsonNode wc = orEmpty(object(s, p, "weightClipping"));
        o.weightClipping = bool(wc, path(p, "weightClipping"), "enabled", b.weightClipping());
        o.clipValue = number(wc, path(p, "weightClipping"), "clip", b.clipValue(), 0, 10, true);
        JsonNode tt = orEmpty(object(s, p, "twoTimeScale"));
        o.twoTimeScale = bool(tt, path(p, "twoTimeScale"), "enabled", b.twoTimeScale());
        o.dLrFactor = number(tt, path(p, "twoTimeScale"), "dLrFactor", b.dLrFactor(), 0, 100, true);
        o.minibatchStd = bool(orEmpty(object(s, p, "minibatchStd")), path(p, "minibatchStd"), "enabled",
                b.minibatchStd());
        JsonNode ema = orEmpty(object(s, p, "generatorEma"));
        o.generatorEma = bool(ema, path(p, "generatorEma"), "enabled", b.generatorEma());
        o.emaDecay = number(ema, path(p, "generatorEma"), "decay", b.emaDecay(), 0, 0.99999, false);
        JsonNode pack = orEmpty(object(s, p, "packing"));
        o.packing = bool(pack, path(p, "packing"), "enabled", b.packing());
        o.packSize = (int) integer(pack, path(p, "packing"), "samples", b.packSize(), 2, Stabilisers.MAX_PACK);
        JsonNode un = orEmpty(object(s, p, "unrolled"));
        o.unrolled = bool(un, path(p, "unrolled"), "enabled", b.unrolled());
        o.unrollSteps = (int) integer(un, path(p, "unrolled"), "steps", b.unrollSteps(), 1, Stabilisers.MAX_UNROLL);
        o.unrollLr = number(un, path(p, "unrolled"), "lr", b.unrollLr(), 0, 10, true);
        o.unrollFirstOrder = bool(un, path(p, "unrolled"), "firstOrder", b.unrollFirstOrder());
        return o.build();
    }

    private static ExperimentState readState(JsonNode root, ExperimentConfig c) throws ConfigException {
        JsonNode s = object(root, "", "state");
        if (s == null) {
            return null;
        }
        long step = integer(s, "state", "step", 0, 0, Long.MAX_VALUE);
        int gCount = NetworkShapes.paramCount(NetworkShapes.generator(c));
        int dCount = NetworkShapes.paramCount(NetworkShapes.discriminator(c));
        double[] g = required(s, "generator", gCount);
        double[] d = required(s, "discriminator", dCount);
        JsonNode ema = s.get("generatorEma");
        double[] e = ema == null || ema.isNull() ? null : JsonFields.numbers(ema, "state.generatorEma", gCount);
        return new ExperimentState(step, g, d, e);
    }

    private static double[] required(JsonNode s, String name, int count) throws ConfigException {
        JsonNode n = s.get(name);
        if (n == null) {
            throw new ConfigException("state." + name + ": missing; a saved state needs both networks' weights");
        }
        return JsonFields.numbers(n, "state." + name, count);
    }
}
