package org.ganclassroom.sim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganclassroom.sim.config.ConfigException;
import org.ganclassroom.sim.parallel.PartPool;
import org.ganclassroom.sim.config.Experiment;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentJson;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.IoReason;
import org.ganclassroom.sim.config.JsonText;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Snapshot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;

/**
 * {@code java -jar gan-classroom.jar sim …}: trains a GAN headless and writes {@code metrics.csv},
 * {@code final.json} and {@code experiment.json} (formats in docs/). Never prints a stack trace for a user
 * error: one line naming what is wrong, exit code 2.
 */
public final class SimCommand {
    private SimCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("bench")) {
            return BenchCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        SimArguments a;
        try {
            a = SimArguments.parse(args);
        } catch (SimArguments.UsageException e) {
            err.println("sim: " + e.getMessage());
            return 2;
        }
        if (a.help()) {
            out.println(SimArguments.USAGE);
            return 0;
        }
        if (a.listPresets()) {
            for (String name : ExperimentPresets.names()) {
                out.printf("%-12s %s%n", name, ExperimentPresets.description(name));
            }
            return 0;
        }
        Experiment experiment;
        try {
            experiment = resolve(a);
        } catch (ConfigException e) {
            err.println("sim: " + e.getMessage());
            return 2;
        }
        return train(experiment, a, out, err);
    }

    /** Preset, then the config file over it, then each --set, then --seed; validated as one experiment. */
    static Experiment resolve(SimArguments a) throws ConfigException {
        return resolve(a.preset(), a.config(), a.overrides(), a.seed());
    }

    /**
     * The experiment of {@code --preset} (null: the course's default), {@code --config}, each {@code --set} and
     * {@code --seed} (null: the file's or preset's), in that order, validated as one; the message of a bad one names
     * the flag (and the file's line).
     */
    public static Experiment resolve(String presetOrNull, java.nio.file.Path configOrNull, java.util.List<String> sets,
                                     Long seedOrNull) throws ConfigException {
        String presetName = presetOrNull == null ? ExperimentPresets.COURSE_DEFAULT : presetOrNull;
        ExperimentConfig preset;
        try {
            preset = ExperimentPresets.get(ExperimentJson.shown(presetName));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--preset: " + e.getMessage());
        }
        ObjectNode tree = ExperimentJson.toTree(new Experiment(preset, null));
        if (configOrNull != null) {
            JsonText file = JsonText.readFile(configOrNull);
            try {
                ExperimentJson.merge(tree, file.tree());
                ExperimentJson.fromTree(tree);
            } catch (ConfigException e) {
                throw file.locate(e);
            }
        }
        for (String o : sets) {
            ExperimentJson.applyOverride(tree, o);
            try {
                ExperimentJson.fromTree(tree);
            } catch (ConfigException e) {
                throw new ConfigException("--set " + ExperimentJson.shown(o) + ": " + e.getMessage());
            }
        }
        if (seedOrNull != null) {
            tree.put("seed", seedOrNull);
        }
        return ExperimentJson.fromTree(tree);
    }

    private static int train(Experiment experiment, SimArguments a, PrintStream out, PrintStream err) {
        GanTrainer trainer = new GanTrainer(experiment.config());
        if (experiment.hasState()) {
            trainer.restore(experiment.state());
        }
        // the training thread is the only busy one: a spare core measures the second part
        PartPool measureParts = PartPool.spareCores(1, 1, "sim-measure");
        Measurement measurement = new Measurement(trainer, measureParts);
        measurement.setPrecisionRecall(true);
        long start = trainer.stepCount();
        long end = start + a.steps();
        try {
            Files.createDirectories(a.out());
            try (MetricsCsv csv = new MetricsCsv(a.out().resolve("metrics.csv"))) {
                Metrics last = measurement.measure();
                csv.append(last);
                while (trainer.stepCount() < end) {
                    if (!trainer.step()) {
                        break;
                    }
                    long done = trainer.stepCount() - start;
                    if (done % a.evalEvery() == 0 || trainer.stepCount() == end) {
                        last = measurement.measure();
                        csv.append(last);
                    }
                }
                if (trainer.failure() != null) {
                    last = measurement.measure();
                }
                Snapshot snapshot = measurement.snapshot(last);
                FinalJson.write(a.out().resolve("final.json"), experiment.config(), snapshot);
                ExperimentJson.write(new Experiment(experiment.config(), trainer.state()),
                        a.out().resolve("experiment.json"));
                if (trainer.failure() != null) {
                    err.println("sim: " + trainer.failure().message());
                    err.println("sim: saved the last sane state (step " + trainer.failure().savedStep() + ") to "
                            + a.out().resolve("experiment.json") + "; final.json shows that state");
                    return 3;
                }
                out.printf("sim: %d steps of %s; JSD %.4f nats (%.4f bits); wrote %s%n", a.steps(),
                        experiment.config().data().preset(), last.jsd(), last.jsdBits(), a.out());
                return 0;
            }
        } catch (IOException e) {
            String reason = IoReason.of(e);
            err.println("sim: cannot write to " + a.out() + (reason.startsWith(a.out() + ":") ? reason.substring(
                    a.out().toString().length()) : ": " + reason));
            return 1;
        } finally {
            measureParts.close();
        }
    }
}
