package org.ganclassroom.lesson;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a piece of YAML (front matter or a fence body) as a node tree, never as objects: lessons are data, so no
 * YAML tags or constructors run. Every value keeps its line, so problems point into the original file.
 */
final class YamlFields {
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.SEQ,
            Tag.MAP, Tag.TIMESTAMP);
    private static final Set<Tag> TEXT_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.TIMESTAMP);
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern ESCAPED_LETTER = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\[A-Za-z]");

    private final String[] lines;
    private final int baseLine;
    private final Problems problems;
    private final TextChecks checks;

    /**
     * @param source   the YAML text
     * @param baseLine the 1-based file line of the first source line
     */
    YamlFields(String source, int baseLine, Problems problems, TextChecks checks) {
        this.lines = source.split("\n", -1);
        this.baseLine = baseLine;
        this.problems = problems;
        this.checks = checks;
    }

    /** The root node, or null when the YAML does not parse or uses tags (a problem is reported). */
    Node compose(String what, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options);
        Node root;
        try {
            if (!checkNoAliases(yaml, what, source)) {
                return null;
            }
            root = yaml.compose(new StringReader(source));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark != null ? baseLine + mark.getLine() : baseLine;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String hint = problem.contains("escape character")
                    ? " (in double-quoted YAML a backslash starts an escape: write LaTeX in single quotes or unquoted)"
                    : "";
            problems.add(line, what + " is not valid YAML: " + oneLine(problem) + hint);
            return null;
        } catch (YAMLException e) {
            problems.add(baseLine, what + " is not valid YAML: " + oneLine(e.getMessage()));
            return null;
        }
        if (root != null && !checkTags(root)) {
            return null;
        }
        return root;
    }

    /**
     * Refuses anchors and aliases: lessons have no use for them, and an alias inside its own anchor
     * ({@code &a [*a]}) makes a cyclic tree that every later walk would follow forever.
     */
    private boolean checkNoAliases(Yaml yaml, String what, String source) {
        for (Event e : yaml.parse(new StringReader(source))) {
            boolean alias = e instanceof AliasEvent;
            if (alias || (e instanceof NodeEvent n && n.getAnchor() != null)) {
                problems.add(baseLine + e.getStartMark().getLine(), what + " uses a YAML " + (alias ? "alias" : "anchor")
                        + " ('*name' or '&name'): lessons are plain data, write the value out instead");
                return false;
            }
        }
        return true;
    }

    private boolean checkTags(Node node) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.add(line(node), "YAML tags such as '" + node.getTag().getValue()
                    + "' are not allowed in lessons (lessons are plain data)");
            return false;
        }
        if (node instanceof SequenceNode seq) {
            for (Node child : seq.getValue()) {
                if (!checkTags(child)) {
                    return false;
                }
            }
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (!checkTags(t.getKeyNode()) || !checkTags(t.getValueNode())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** 1-based file line where a node starts. */
    int line(Node node) {
        return baseLine + node.getStartMark().getLine();
    }

    /** A mapping node read with a fixed set of keys; null (and a problem) when the node is not a mapping. */
    Fields map(Node node, String what, List<String> allowed, int lineIfMissing) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node == null ? lineIfMissing : line(node), what + " must be a set of 'key: value' lines");
            return null;
        }
        return new Fields(mapping, what, allowed);
    }

    /** The items of a sequence node; null (and a problem) when it is not a list. */
    List<Node> list(Node node, String message, int lineIfMissing) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problems.add(node == null ? lineIfMissing : line(node), message);
        return null;
    }

    /** The text of a scalar node, with its double-quoted-backslash check; null (and a problem) otherwise. */
    String text(Node node, String name) {
        if (node instanceof ScalarNode scalar && TEXT_TAGS.contains(scalar.getTag())) {
            checkDoubleQuotedBackslash(scalar, name);
            return scalar.getValue();
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return null;
        }
        problems.add(line(node), "'" + name + "' must be text");
        return null;
    }

    private void checkDoubleQuotedBackslash(ScalarNode scalar, String name) {
        if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
            return;
        }
        String raw = raw(scalar.getStartMark(), scalar.getEndMark());
        var m = ESCAPED_LETTER.matcher(raw);
        if (m.find()) {
            int line = line(scalar) + MathText.lineOf(raw, m.start());
            String escape = raw.substring(m.end() - 2, m.end());
            problems.add(line, "'" + name + "' is in double quotes, where YAML turns '" + escape
                    + "…' into an escape, not LaTeX: use single quotes ('…') or no quotes");
        }
    }

    private String raw(Mark start, Mark end) {
        StringBuilder sb = new StringBuilder();
        for (int l = start.getLine(); l <= end.getLine() && l < lines.length; l++) {
            String s = lines[l];
            int from = l == start.getLine() ? offset(s, start.getColumn()) : 0;
            int to = l == end.getLine() ? offset(s, end.getColumn()) : s.length();
            if (from < to) {
                sb.append(s, from, to);
            }
            if (l < end.getLine()) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static int offset(String s, int codePoints) {
        int cps = s.codePointCount(0, s.length());
        return s.offsetByCodePoints(0, Math.min(codePoints, cps));
    }

    /** Runs the maths and image checks on a prose value, with the file line of each character. */
    void checkProse(ScalarNode node, String value) {
        int start = line(node);
        DumperOptions.ScalarStyle style = node.getScalarStyle();
        boolean block = style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED;
        var lineOf = MathText.lineIndex(value);
        checks.prose(value, offset -> block ? start + 1 + lineOf.applyAsInt(offset) : start);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** The keys of one mapping, with typed, line-aware getters that report what is wrong. */
    final class Fields {
        private final MappingNode node;
        private final String what;
        private final Map<String, Node> values = new LinkedHashMap<>();

        private Fields(MappingNode node, String what, List<String> allowed) {
            this.node = node;
            this.what = what;
            for (NodeTuple t : node.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    problems.add(YamlFields.this.line(t.getKeyNode()), "keys in " + what + " must be plain words");
                    continue;
                }
                String k = key.getValue();
                if (!allowed.contains(k)) {
                    problems.add(YamlFields.this.line(key), "unknown key '" + k + "' in " + what
                            + LessonVocabulary.didYouMean(k, allowed) + "; allowed keys: " + String.join(", ", allowed));
                } else if (values.containsKey(k)) {
                    problems.add(YamlFields.this.line(key), "duplicate key '" + k + "' in " + what);
                } else {
                    values.put(k, t.getValueNode());
                }
            }
        }

        int line() {
            return YamlFields.this.line(node);
        }

        boolean has(String key) {
            return values.containsKey(key) && !isNull(values.get(key));
        }

        Node node(String key) {
            return values.get(key);
        }

        int lineOf(String key) {
            Node n = values.get(key);
            return n == null ? line() : YamlFields.this.line(n);
        }

        /** Text, or null; reports a missing required key. */
        String text(String key, boolean required) {
            if (!has(key)) {
                if (required) {
                    problems.add(line(), what + " needs '" + key + "'");
                }
                return null;
            }
            return YamlFields.this.text(values.get(key), key);
        }

        /** Text that may hold Markdown and maths: also checked for LaTeX and images. */
        String prose(String key, boolean required) {
            String value = text(key, required);
            if (value != null && values.get(key) instanceof ScalarNode scalar) {
                checkProse(scalar, value);
            }
            return value;
        }

        Boolean bool(String key, String missingMessage) {
            if (!has(key)) {
                if (missingMessage != null) {
                    problems.add(line(), missingMessage);
                }
                return null;
            }
            Node n = values.get(key);
            // YAML 1.1 also reads yes/no/on/off/y/n as booleans; lessons/README.md promises only true and false
            if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL) && BOOLEAN.matcher(s.getValue()).matches()) {
                return Boolean.parseBoolean(s.getValue().toLowerCase());
            }
            problems.add(YamlFields.this.line(n), "'" + key + "' must be true or false, not '" + shown(n) + "'");
            return null;
        }

        Integer integer(String key, boolean required) {
            if (!has(key)) {
                if (required) {
                    problems.add(line(), what + " needs '" + key + "'");
                }
                return null;
            }
            Node n = values.get(key);
            // only plain decimals: YAML 1.1 would also read 0x10, 0o17, 017 (octal), 1_000 and 1:30 as numbers
            if (n instanceof ScalarNode s && s.getTag().equals(Tag.INT) && WHOLE.matcher(s.getValue()).matches()) {
                try {
                    return Integer.parseInt(s.getValue());
                } catch (NumberFormatException e) {
                    // falls through to the problem below
                }
            }
            problems.add(YamlFields.this.line(n), "'" + key + "' must be a whole number, not '" + shown(n) + "'");
            return null;
        }

        /** A list of texts; null when absent. A single text is refused: README promises a list. */
        List<String> texts(String key) {
            if (!has(key)) {
                return null;
            }
            Node n = values.get(key);
            List<String> out = new ArrayList<>();
            if (!(n instanceof SequenceNode seq)) {
                problems.add(YamlFields.this.line(n), "'" + key + "' must be a list" + (n instanceof ScalarNode sc
                        ? ", such as " + key + ": [" + sc.getValue() + "] or one '- item' per line" : ""));
                return out;
            }
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode) {
                    String t = YamlFields.this.text(item, key);
                    if (t != null) {
                        out.add(t);
                    }
                } else {
                    problems.add(YamlFields.this.line(item), "items of '" + key + "' must be text");
                }
            }
            return out;
        }
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static String shown(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : n instanceof SequenceNode ? "a list" : "a mapping";
    }
}
