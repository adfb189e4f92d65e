package org.ganclassroom.lesson.scenario;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code expect:} mapping of a simulator block (format in lessons/README.md). Every mistake is
 * reported with the line of the offending value; a broken expectation reads as empty.
 */
public final class ExpectationReader {
    /** Where problems go: the file line and a message. */
    public interface Problems {
        void add(int line, String message);
    }

    public static final List<String> KEYS = List.of("seeds", "atLeast", "steps", "every", "claims");
    /** Upper bounds that keep a lesson from asking for an hour of computing. */
    static final int MAX_SEEDS = 20;
    static final long MAX_STEPS = 200_000;
    static final int MAX_EVALUATIONS = 2_000;
    static final long DEFAULT_EVERY = 250;

    private static final Pattern CLAIM = Pattern.compile(
            "\\s*([A-Za-z0-9]+)\\s*(<=|>=|<|>)\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s+"
                    + "(?:at\\s+(\\d+)|over\\s+(\\d+)\\s*\\.\\.\\s*(\\d+)(?:\\s+(?:in\\s+(\\d{1,3})\\s*%|(once)))?)\\s*");

    private final ToIntFunction<Node> lineOf;
    private final Problems problems;

    /**
     * @param lineOf   the 1-based file line where a node starts
     * @param problems where mistakes are reported
     */
    public ExpectationReader(ToIntFunction<Node> lineOf, Problems problems) {
        this.lineOf = lineOf;
        this.problems = problems;
    }

    /** The expectation, or empty when it is broken (problems reported). */
    public Optional<Expectation> read(Node node) {
        int line = lineOf.applyAsInt(node);
        if (!(node instanceof MappingNode mapping)) {
            problems.add(line, "'expect' must be a set of 'key: value' lines (" + String.join(", ", KEYS) + ")");
            return Optional.empty();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!KEYS.contains(key)) {
                problems.add(lineOf.applyAsInt(t.getKeyNode()), "unknown key '" + key + "' in 'expect'; allowed: "
                        + String.join(", ", KEYS));
                ok = false;
            }
            fields.put(key, t.getValueNode());
        }
        List<Long> seeds = seeds(fields.get("seeds"), line);
        Node claimsNode = fields.get("claims");
        if (!(claimsNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            problems.add(claimsNode == null ? line : lineOf.applyAsInt(claimsNode),
                    "'expect' needs 'claims', a list such as - 'jsd <= 0.05 at 6000'");
            return Optional.empty();
        }
        List<Claim> claims = new ArrayList<>();
        for (Node c : seq.getValue()) {
            Claim claim = claim(c);
            ok &= claim != null;
            if (claim != null) {
                claims.add(claim);
            }
        }
        long lastStep = claims.stream().mapToLong(Claim::to).max().orElse(0);
        Long steps = whole(fields.get("steps"), "steps", 1, MAX_STEPS);
        Long every = whole(fields.get("every"), "every", 1, MAX_STEPS);
        Long atLeast = whole(fields.get("atLeast"), "atLeast", 1, MAX_SEEDS);
        if (seeds == null || (fields.containsKey("steps") && steps == null)
                || (fields.containsKey("every") && every == null) || (fields.containsKey("atLeast") && atLeast == null)
                || !ok) {
            return Optional.empty();
        }
        long runSteps = steps == null ? lastStep : steps;
        long interval = every == null ? Math.min(DEFAULT_EVERY, runSteps) : every;
        if (runSteps > MAX_STEPS) {
            problems.add(line, "'expect' would run " + runSteps + " steps; at most " + MAX_STEPS);
            return Optional.empty();
        }
        if (atLeast != null && atLeast > seeds.size()) {
            problems.add(lineOf.applyAsInt(fields.get("atLeast")), "'atLeast' is " + atLeast + " but there are only "
                    + seeds.size() + " seeds");
            return Optional.empty();
        }
        if (runSteps / interval > MAX_EVALUATIONS) {
            problems.add(line, "'expect' would measure " + runSteps / interval + " times; at most " + MAX_EVALUATIONS
                    + " (raise 'every')");
            return Optional.empty();
        }
        for (Claim c : claims) {
            if (c.to() > runSteps) {
                problems.add(c.line(), "claim '" + c.text() + "' looks at step " + c.to() + " but the run has "
                        + runSteps + " steps");
                ok = false;
            } else if (c.from() % interval != 0 || c.to() % interval != 0) {
                problems.add(c.line(), "claim '" + c.text() + "' names a step that is not a multiple of every = "
                        + interval + ", so it is never measured");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Expectation(line, seeds, atLeast == null ? seeds.size() : atLeast.intValue(),
                runSteps, interval, claims));
    }

    private List<Long> seeds(Node node, int line) {
        if (node == null) {
            problems.add(line, "'expect' needs 'seeds': a count (5 means seeds 1 to 5) or a list of seeds");
            return null;
        }
        if (node instanceof ScalarNode) {
            Long n = whole(node, "seeds", 1, MAX_SEEDS);
            if (n == null) {
                return null;
            }
            List<Long> out = new ArrayList<>();
            for (long s = 1; s <= n; s++) {
                out.add(s);
            }
            return out;
        }
        if (node instanceof SequenceNode seq && !seq.getValue().isEmpty() && seq.getValue().size() <= MAX_SEEDS) {
            List<Long> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                Long s = whole(item, "seeds", Long.MIN_VALUE, Long.MAX_VALUE);
                if (s == null) {
                    return null;
                }
                if (out.contains(s)) {
                    problems.add(lineOf.applyAsInt(item), "seed " + s + " is listed twice in 'seeds'");
                    return null;
                }
                out.add(s);
            }
            return out;
        }
        problems.add(lineOf.applyAsInt(node), "'seeds' must be a count (1.." + MAX_SEEDS + ") or a list of 1.."
                + MAX_SEEDS + " whole numbers");
        return null;
    }

    private Long whole(Node node, String key, long min, long max) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                long v = Long.parseLong(s.getValue().replace("_", ""));
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        String shown = node instanceof ScalarNode s ? "'" + s.getValue() + "'" : "a " + node.getNodeId();
        problems.add(lineOf.applyAsInt(node), "'" + key + "' must be a whole number from " + min + " to " + max
                + ", not " + shown);
        return null;
    }

    private Claim claim(Node node) {
        int line = lineOf.applyAsInt(node);
        if (!(node instanceof ScalarNode s) || !(s.getTag().equals(Tag.STR))) {
            problems.add(line, "a claim must be one line of text such as 'jsd <= 0.05 at 6000'");
            return null;
        }
        String text = s.getValue().trim();
        Matcher m = CLAIM.matcher(text);
        if (!m.matches()) {
            problems.add(line, "cannot read claim '" + text + "'; write READOUT OP NUMBER at STEP, or READOUT OP NUMBER"
                    + " over FROM..TO [in P% | once], e.g. 'jsd <= 0.08 over 10000..50000'");
            return null;
        }
        Optional<Readout> readout = Readout.fromId(m.group(1));
        if (readout.isEmpty()) {
            problems.add(line, "unknown readout '" + m.group(1) + "' in claim '" + text + "'; known: "
                    + String.join(", ", Readout.ids()));
            return null;
        }
        Claim.Op op = switch (m.group(2)) {
            case "<=" -> Claim.Op.LE;
            case ">=" -> Claim.Op.GE;
            case "<" -> Claim.Op.LT;
            default -> Claim.Op.GT;
        };
        double threshold = Double.parseDouble(m.group(3));
        try {
            if (m.group(4) != null) {
                long at = Long.parseLong(m.group(4));
                return new Claim(line, text, readout.get(), op, threshold, at, at, 1);
            }
            long from = Long.parseLong(m.group(5));
            long to = Long.parseLong(m.group(6));
            if (to <= from) {
                problems.add(line, "claim '" + text + "': the range " + from + ".." + to + " is empty; write FROM..TO"
                        + " with FROM < TO");
                return null;
            }
            double share = m.group(8) != null ? 0 : m.group(7) != null ? Integer.parseInt(m.group(7)) / 100.0 : 1;
            if (m.group(7) != null && (share <= 0 || share > 1)) {
                problems.add(line, "claim '" + text + "': the share must be 1% to 100%");
                return null;
            }
            return new Claim(line, text, readout.get(), op, threshold, from, to, share);
        } catch (NumberFormatException e) {
            problems.add(line, "claim '" + text + "': a step number is too large");
            return null;
        }
    }
}
