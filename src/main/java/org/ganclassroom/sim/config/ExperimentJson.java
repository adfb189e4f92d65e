package org.ganclassroom.sim.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganclassroom.sim.data.DataPresets;
import org.ganclassroom.sim.loss.Objectives;
import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.ganclassroom.sim.config.JsonFields.bool;
import static org.ganclassroom.sim.config.JsonFields.choice;
import static org.ganclassroom.sim.config.JsonFields.integer;
import static org.ganclassroom.sim.config.JsonFields.number;
import static org.ganclassroom.sim.config.JsonFields.object;
import static org.ganclassroom.sim.config.JsonFields.path;
import static org.ganclassroom.sim.config.JsonFields.widths;

/**
 * The experiment file: a JSON document holding a run's config and, optionally, its trained weights.
 * The format is described in {@code docs/EXPERIMENT_FORMAT.md}. Reading validates every field and
 * reports the first problem as one line naming the field; missing fields take the preset's defaults.
 */
public final class ExperimentJson {
    public static final String FORMAT = "gan-classroom-experiment";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> ACTIVATIONS = JsonFields.lower(Activation.values());
    private static final List<String> OPTIMIZERS = JsonFields.lower(OptimizerKind.values());

    private ExperimentJson() {
    }

    // ---------------------------------------------------------------- writing

    public static ObjectNode toTree(Experiment e) {
        ExperimentConfig c = e.config();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
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

    public static String toJson(Experiment e) {
        try {
            return MAPPER.writeValueAsString(toTree(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Writes atomically: a crash mid-write never leaves a half-written file in place of a good one. */
    public static void write(Experiment e, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toJson(e));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ---------------------------------------------------------------- reading

    /** Parses JSON text strictly and within bounds (see {@link JsonText}); errors name line and column. */
    public static JsonNode parse(String text, String source) throws ConfigException {
        return JsonText.parse(text, source).tree();
    }

    public static JsonNode parseFile(Path file) throws ConfigException {
        return JsonText.readFile(file).tree();
    }

    /** Reads and validates an experiment file; a bad field is reported as {@code file:line:column: field: …}. */
    public static Experiment read(Path file) throws ConfigException {
        JsonText text = JsonText.readFile(file);
        try {
            return fromTree(text.tree());
        } catch (ConfigException ex) {
            throw text.locate(ex);
        }
    }

    /**
     * What the field at a dotted path allows, as the validator words it ("a number in (0, 1]"), or null for
     * a path that is not a setting: found by validating the defaults with a text in that place.
     */
    static String allowedAt(String dotted) {
        if (dotted == null || dotted.isEmpty()) {
            return null;
        }
        ObjectNode tree = toTree(new Experiment(ExperimentPresets.get(ExperimentPresets.DEFAULT), null));
        JsonNode parent = null;
        JsonNode node = tree;
        String last = null;
        int lastIndex = -1;
        for (String part : OverrideKey.segments(dotted)) {
            parent = node;
            if (part.startsWith("[")) {
                try {
                    lastIndex = Integer.parseInt(part.substring(1, part.length() - 1));
                } catch (NumberFormatException ex) {
                    return null;
                }
                last = null;
                node = node.path(lastIndex);
            } else {
                last = part;
                lastIndex = -1;
                node = node.path(part);
            }
            if (node.isMissingNode()) {
                return null;
            }
        }
        if (parent instanceof ObjectNode o && last != null) {
            o.put(last, "?");
        } else if (parent instanceof ArrayNode a && lastIndex >= 0) {
            a.set(lastIndex, a.textNode("?"));
        } else {
            return null;
        }
        try {
            fromTree(tree);
            return null;
        } catch (ConfigException e) {
            String m = e.getMessage();
            String lead = dotted + ": expected ";
            int found = m.lastIndexOf(", found ");
            return m.startsWith(lead) && found > lead.length() ? m.substring(lead.length(), found) : null;
        }
    }

    /**
     * Reads a tree. Fields it leaves out take the defaults of the preset named in {@code data.preset}
     * (or of the default preset for the data's dimension).
     */
    public static Experiment fromTree(JsonNode root) throws ConfigException {
        String format = root.path("format").asText(null);
        if (format != null && !FORMAT.equals(format)) {
            throw new ConfigException("format: \"" + format + "\" is not a GAN Classroom experiment; expected \""
                    + FORMAT + "\"");
        }
        integer(root, "", "version", VERSION, VERSION, VERSION);
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
        return n == null ? MAPPER.createObjectNode() : n;
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

    /**
     * Applies a {@code key=value} override to a tree: the key is a dotted path such as
     * {@code training.lrG} or {@code stabilisers.r1.enabled}; the value is JSON ({@code 0.01}, {@code true},
     * {@code [16,16]}), a comma list of numbers ({@code 16,16}), or else a plain string.
     */
    public static void applyOverride(ObjectNode root, String assignment) throws ConfigException {
        OverrideKey.apply(root, assignment, toTree(new Experiment(ExperimentPresets.get(ExperimentPresets.DEFAULT),
                null)));
    }

    /** A user's text as a message shows it: at most 60 characters, control characters escaped. */
    public static String shown(String text) {
        return OverrideKey.shorten(text);
    }

    /** Deep-merges {@code overlay} into {@code base}: objects merge field by field, anything else replaces. */
    public static void merge(ObjectNode base, JsonNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> it = overlay.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = base.get(e.getKey());
            if (existing instanceof ObjectNode obj && e.getValue().isObject()) {
                merge(obj, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }
}
