package org.ganclassroom.lesson.scenario;

import org.ganclassroom.lesson.LessonProblem;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checked "what to watch" of the Mini Lab's chip cards: a card may name a {@code scenario} (a preset) and
 * state its claim as {@code expect:} (the format of a simulator block's, lessons/README.md); the scenario is run
 * with the card's chip switched on, on every seed, and each claim too few seeds meet is a problem at its line.
 */
public final class ChipCardClaims {
    /** What was run and what failed. */
    public record Report(int cards, List<LessonProblem> problems) {
    }

    private ChipCardClaims() {
    }

    /** Reads the cards file and runs every card's claim; a broken claim or an unknown scenario is a problem too. */
    public static Report check(Reader yamlText, Path file) {
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(yamlText);
        List<LessonProblem> problems = new ArrayList<>();
        int cards = 0;
        if (!(root instanceof MappingNode top)) {
            problems.add(new LessonProblem(file, 1, "expected a map of chip ids to cards"));
            return new Report(0, problems);
        }
        for (NodeTuple entry : top.getValue()) {
            String id = entry.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!(entry.getValueNode() instanceof MappingNode card)) {
                continue;
            }
            Node expect = field(card, "expect");
            if (expect == null) {
                continue;
            }
            cards++;
            Optional<Chip> chip = Chip.fromId(id);
            Node scenario = field(card, "scenario");
            String preset = scenario instanceof ScalarNode s ? s.getValue() : null;
            if (chip.isEmpty() || preset == null || !ExperimentPresets.names().contains(preset)) {
                problems.add(new LessonProblem(file, line(expect), "card '" + id + "' states 'expect:' but needs"
                        + " 'scenario:' naming a preset (" + String.join(", ", ExperimentPresets.names()) + ")"));
                continue;
            }
            ExpectationReader reader = new ExpectationReader(ChipCardClaims::line,
                    (l, m) -> problems.add(new LessonProblem(file, l, m)));
            Optional<Expectation> x = reader.read(expect);
            if (x.isEmpty()) {
                continue;
            }
            ExperimentConfig config = ScenarioRunner.config(preset, List.of(chip.get().id()));
            List<Trace> traces = new ArrayList<>();
            for (long seed : x.get().seeds()) {
                traces.add(ScenarioRunner.run(config, false, seed, x.get().steps(), x.get().every()));
            }
            problems.addAll(ScenarioCheck.judge(file, x.get(), traces));
        }
        return new Report(cards, problems);
    }

    private static Node field(MappingNode card, String name) {
        for (NodeTuple t : card.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
