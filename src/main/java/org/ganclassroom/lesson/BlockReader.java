package org.ganclassroom.lesson;

import org.ganclassroom.lesson.scenario.Expectation;
import org.ganclassroom.lesson.scenario.ExpectationReader;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;

/** Turns the YAML body of a ```quiz, ```truefalse, ```timeline, ```proof, ```simulator or ```dirac fence into a block. */
final class BlockReader {
    private static final java.util.regex.Pattern UNESCAPED_DOLLAR =
            java.util.regex.Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\$");
    private final Problems problems;
    private final TextChecks checks;

    BlockReader(Problems problems, TextChecks checks) {
        this.problems = problems;
        this.checks = checks;
    }

    /**
     * @param language  the fence language (one of {@link LessonVocabulary#BLOCK_LANGUAGES})
     * @param fenceLine 1-based line of the opening fence
     * @param body      the lines between the fences
     * @return the block, or null when it is too broken to show (problems are reported)
     */
    LessonBlock read(String language, int fenceLine, String body) {
        if (body.isBlank()) {
            problems.add(fenceLine, "empty " + language + " block");
            return null;
        }
        YamlFields yaml = new YamlFields(body, fenceLine + 1, problems, checks);
        Node root = yaml.compose(language + " block", body);
        if (root == null) {
            return null;
        }
        return switch (language) {
            case "quiz" -> quiz(yaml, root, fenceLine);
            case "truefalse" -> trueFalse(yaml, root, fenceLine);
            case "timeline" -> timeline(yaml, root, fenceLine);
            case "proof" -> proof(yaml, root, fenceLine);
            case "simulator" -> simulator(yaml, root, fenceLine);
            case "dirac" -> dirac(yaml, root, fenceLine);
            default -> throw new IllegalArgumentException(language);
        };
    }

    private LessonBlock.Quiz quiz(YamlFields yaml, Node root, int fenceLine) {
        YamlFields.Fields quiz = yaml.map(root, "quiz", List.of("question", "choices", "shuffle"), fenceLine);
        if (quiz == null) {
            return null;
        }
        String question = quiz.prose("question", true);
        List<LessonBlock.QuizChoice> choices = new ArrayList<>();
        if (!quiz.has("choices")) {
            problems.add(fenceLine, "quiz needs 'choices', a list of at least 2");
        } else {
            List<Node> items = yaml.list(quiz.node("choices"), "quiz 'choices' must be a list ('- text: ...')",
                    fenceLine);
            for (Node item : items == null ? List.<Node>of() : items) {
                YamlFields.Fields c = yaml.map(item, "quiz choice", List.of("text", "correct", "explain"), fenceLine);
                if (c == null) {
                    continue;
                }
                String text = c.prose("text", true);
                Boolean correct = c.bool("correct", null);
                String explain = c.prose("explain", false);
                choices.add(new LessonBlock.QuizChoice(text == null ? "" : text, Boolean.TRUE.equals(correct),
                        explain == null ? "" : explain));
            }
            if (items != null && items.size() < 2) {
                problems.add(quiz.lineOf("choices"), "quiz has " + items.size() + " choice"
                        + (items.size() == 1 ? "" : "s") + "; it needs at least 2");
            }
            if (items != null && !items.isEmpty() && choices.stream().noneMatch(LessonBlock.QuizChoice::correct)) {
                problems.add(fenceLine, "quiz has no correct choice: mark one with 'correct: true'");
            }
        }
        Boolean shuffle = quiz.bool("shuffle", null);
        return new LessonBlock.Quiz(fenceLine, question == null ? "" : question, choices, !Boolean.FALSE.equals(shuffle));
    }

    private LessonBlock.TrueFalse trueFalse(YamlFields yaml, Node root, int fenceLine) {
        List<Node> items = yaml.list(root,
                "truefalse block must be a list of statements ('- statement: ...' with 'answer: true|false')",
                fenceLine);
        if (items == null) {
            return null;
        }
        List<LessonBlock.TrueFalseStatement> statements = new ArrayList<>();
        for (Node item : items) {
            YamlFields.Fields s = yaml.map(item, "truefalse statement", List.of("statement", "answer", "explain"),
                    fenceLine);
            if (s == null) {
                continue;
            }
            String statement = s.prose("statement", true);
            Boolean answer = s.bool("answer", "truefalse statement needs 'answer: true' or 'answer: false'");
            String explain = s.prose("explain", false);
            statements.add(new LessonBlock.TrueFalseStatement(statement == null ? "" : statement,
                    Boolean.TRUE.equals(answer), explain == null ? "" : explain));
        }
        if (items.isEmpty()) {
            problems.add(fenceLine, "truefalse block has no statements");
        }
        return new LessonBlock.TrueFalse(fenceLine, statements);
    }

    private LessonBlock.Timeline timeline(YamlFields yaml, Node root, int fenceLine) {
        List<Node> items = yaml.list(root, "timeline block must be a list of entries ('- year: ...' with 'title')",
                fenceLine);
        if (items == null) {
            return null;
        }
        List<LessonBlock.TimelineEntry> entries = new ArrayList<>();
        for (Node item : items) {
            YamlFields.Fields e = yaml.map(item, "timeline entry",
                    List.of("year", "title", "authors", "idea", "problem", "lab"), fenceLine);
            if (e == null) {
                continue;
            }
            Integer year = e.integer("year", true);
            String title = e.prose("title", true);
            String authors = e.text("authors", false);
            String idea = e.prose("idea", false);
            String problem = e.prose("problem", false);
            String preset = null;
            String chip = null;
            if (e.has("lab")) {
                YamlFields.Fields lab = yaml.map(e.node("lab"), "timeline lab", List.of("preset", "chip"), fenceLine);
                if (lab != null) {
                    preset = lab.text("preset", false);
                    chip = lab.text("chip", false);
                    if (preset == null && chip == null) {
                        problems.add(lab.line(), "timeline lab needs a 'preset' or a 'chip'");
                    }
                    checkKnown(preset, LessonVocabulary.PRESETS, "preset", lab.lineOf("preset"));
                    checkKnown(chip, LessonVocabulary.CHIPS, "lab chip", lab.lineOf("chip"));
                }
            }
            entries.add(new LessonBlock.TimelineEntry(year == null ? 0 : year, title == null ? "" : title,
                    orEmpty(authors), orEmpty(idea), orEmpty(problem), preset, chip));
        }
        if (items.isEmpty()) {
            problems.add(fenceLine, "timeline block has no entries");
        }
        return new LessonBlock.Timeline(fenceLine, entries);
    }

    private LessonBlock.Proof proof(YamlFields yaml, Node root, int fenceLine) {
        YamlFields.Fields proof = yaml.map(root, "proof", List.of("title", "statement", "steps"), fenceLine);
        if (proof == null) {
            return null;
        }
        String title = proof.prose("title", false);
        String statement = proof.prose("statement", false);
        List<LessonBlock.ProofStep> steps = new ArrayList<>();
        List<Node> items = proof.has("steps")
                ? yaml.list(proof.node("steps"), "proof 'steps' must be a list ('- text: ...')", fenceLine) : null;
        for (Node item : items == null ? List.<Node>of() : items) {
            YamlFields.Fields s = yaml.map(item, "proof step", List.of("text", "math"), fenceLine);
            if (s == null) {
                continue;
            }
            String text = s.prose("text", false);
            String math = s.text("math", false);
            if (math != null && s.node("math") instanceof ScalarNode mathNode) {
                if (UNESCAPED_DOLLAR.matcher(math).find()) {
                    problems.add(yaml.line(mathNode), "proof 'math' is one display formula without '$' or '$$'"
                            + " around it (write \\$ for a dollar sign)");
                } else {
                    checks.latex(math, yaml.line(mathNode), math);
                }
            }
            if (text == null && math == null) {
                problems.add(s.line(), "proof step needs 'text' or 'math'");
            }
            steps.add(new LessonBlock.ProofStep(orEmpty(text), math));
        }
        if (items == null || items.isEmpty()) {
            problems.add(fenceLine, "proof has no steps: add 'steps:' with at least one '- text: ...'");
        }
        return new LessonBlock.Proof(fenceLine, orEmpty(title), orEmpty(statement), steps);
    }

    /** A lesson opens at once: the warm-up runs before the embed shows anything useful. */
    static final int MAX_WARMUP = 5000;

    private LessonBlock.Simulator simulator(YamlFields yaml, Node root, int fenceLine) {
        YamlFields.Fields sim = yaml.map(root, "simulator",
                List.of("preset", "chips", "freezeGenerator", "warmup", "caption", "expect"), fenceLine);
        if (sim == null) {
            return null;
        }
        String preset = sim.text("preset", true);
        checkKnown(preset, LessonVocabulary.PRESETS, "preset", sim.lineOf("preset"));
        List<String> chips = sim.texts("chips");
        for (String chip : chips == null ? List.<String>of() : chips) {
            checkKnown(chip, LessonVocabulary.CHIPS, "lab chip", sim.lineOf("chips"));
        }
        Boolean freeze = sim.bool("freezeGenerator", null);
        Integer warmup = sim.integer("warmup", false);
        if (warmup != null && (warmup < 0 || warmup > MAX_WARMUP)) {
            problems.add(sim.lineOf("warmup"), "simulator 'warmup' must be a step count from 0 to " + MAX_WARMUP
                    + ", not " + warmup);
            warmup = null;
        }
        String caption = sim.prose("caption", false);
        Expectation expect = sim.has("expect")
                ? new ExpectationReader(yaml::line, problems::add).read(sim.node("expect")).orElse(null) : null;
        return new LessonBlock.Simulator(fenceLine, orEmpty(preset), chips == null ? List.of() : chips,
                Boolean.TRUE.equals(freeze), orEmpty(caption), expect, warmup == null ? 0 : warmup);
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private LessonBlock.Dirac dirac(YamlFields yaml, Node root, int fenceLine) {
        YamlFields.Fields d = yaml.map(root, "dirac", List.of("loss", "switches", "rate", "start", "caption"),
                fenceLine);
        if (d == null) {
            return null;
        }
        String loss = d.text("loss", false);
        checkKnown(loss, LessonVocabulary.DIRAC_LOSSES, "dirac loss", d.lineOf("loss"));
        List<String> switches = d.texts("switches");
        for (String sw : switches == null ? List.<String>of() : switches) {
            checkKnown(sw, LessonVocabulary.DIRAC_SWITCHES, "dirac switch", d.lineOf("switches"));
        }
        double rate = 0.1;
        String rateText = d.text("rate", false);
        if (rateText != null) {
            Double r = decimal(rateText);
            if (r == null || r <= 0 || r > LessonVocabulary.DIRAC_MAX_RATE) {
                problems.add(d.lineOf("rate"), "dirac 'rate' must be a number above 0 and at most "
                        + LessonVocabulary.DIRAC_MAX_RATE + ", not '" + rateText + "'");
            } else {
                rate = r;
            }
        }
        double theta = 1;
        double psi = 1;
        if (d.has("start")) {
            List<String> start = d.texts("start");
            Double t = start != null && start.size() == 2 ? decimal(start.get(0)) : null;
            Double p = start != null && start.size() == 2 ? decimal(start.get(1)) : null;
            double range = LessonVocabulary.DIRAC_RANGE;
            if (t == null || p == null || Math.abs(t) > range || Math.abs(p) > range) {
                problems.add(d.lineOf("start"), "dirac 'start' must be [θ, ψ], two numbers from −" + range + " to "
                        + range + ", such as start: [1, 0.5]");
            } else {
                theta = t;
                psi = p;
            }
        }
        String caption = d.prose("caption", false);
        return new LessonBlock.Dirac(fenceLine, loss == null ? "gan" : loss, switches == null ? List.of() : switches,
                rate, theta, psi, orEmpty(caption));
    }

    private static Double decimal(String text) {
        return DECIMAL.matcher(text.strip()).matches() ? Double.valueOf(text.strip()) : null;
    }

    private void checkKnown(String value, List<String> known, String what, int line) {
        if (value != null && !known.contains(value)) {
            problems.add(line, "unknown " + what + " '" + value + "'" + LessonVocabulary.didYouMean(value, known)
                    + "; known: " + org.ganclassroom.sim.config.ExperimentPresets.listed(known));
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
