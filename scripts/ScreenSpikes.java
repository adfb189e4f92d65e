// Screens configs of the course default run for p_g spikes: per seed, JSD at 10 000, the largest JSD from 10 000 on,
// the largest pgPeak after 10 000 (and where). Seeds run one after another in one JVM.
// usage: java -cp target/gan-classroom.jar scripts/ScreenSpikes.java STEPS EVERY SEEDS NAME:key=val,key=val ...
// variant = name:key=val,key=val (may use chip=ID, preset=P; a list value in brackets, e.g. generator.hidden=[32,16])
// Also prints every evaluation after 10 000 where pgPeak > 2.
import org.ganclassroom.sim.config.*;
import org.ganclassroom.lesson.scenario.*;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.*;

public class ScreenSpikes {
    public static void main(String[] a) throws Exception {
        long steps = Long.parseLong(a[0]), every = Long.parseLong(a[1]);
        List<Long> seeds = Arrays.stream(a[2].split(",")).map(Long::parseLong).toList();
        for (int v = 3; v < a.length; v++) {
            String[] parts = a[v].split(":", 2);
            String name = parts[0];
            List<String> chips = new ArrayList<>(); List<String> sets = new ArrayList<>();
            String preset = "settled";
            if (parts.length > 1 && !parts[1].isEmpty()) for (String kv : parts[1].split(",(?![^\\[]*\\])")) {
                if (kv.startsWith("chip=")) chips.add(kv.substring(5));
                else if (kv.startsWith("preset=")) preset = kv.substring(7);
                else sets.add(kv);
            }
            ExperimentConfig base = ScenarioRunner.config(preset, chips);
            ObjectNode tree = ExperimentJson.toTree(new Experiment(base, null));
            for (String s : sets) ExperimentJson.applyOverride(tree, s);
            ExperimentConfig cfg = ExperimentJson.fromTree(tree).config();
            System.out.printf(Locale.ROOT, "%s: noiseDim %d, G %s, D %s, lr %s/%s, batch %d, ema %s %s%n", name,
                    cfg.noiseDim(), cfg.generator().hidden(), cfg.discriminator().hidden(), cfg.training().lrG(),
                    cfg.training().lrD(), cfg.training().batchSize(), cfg.stabilisers().generatorEma(),
                    cfg.stabilisers().emaDecay());
            for (long seed : seeds) {
                long t0 = System.nanoTime();
                Trace t = ScenarioRunner.run(cfg, false, seed, steps, every);
                List<Double> j = t.series(Readout.JSD), p = t.series(Readout.PG_PEAK);
                double j10 = Double.NaN, jmax = 0, pmax = 0; long pAt = -1, jAt = -1;
                StringBuilder over = new StringBuilder();
                for (int k = 0; k < t.steps().length; k++) {
                    long st = t.steps()[k];
                    if (st == 10000) j10 = j.get(k);
                    if (st >= 10000 && j.get(k) > jmax) { jmax = j.get(k); jAt = st; }
                    if (st > 10000 && p.get(k) > pmax) { pmax = p.get(k); pAt = st; }
                    if (st > 10000 && p.get(k) > 2) over.append(String.format(Locale.ROOT, " %d:%.2f", st, p.get(k)));
                }
                System.out.printf(Locale.ROOT, "%-14s seed %d  jsd@10k %.4f  maxjsd10k+ %.4f@%d  maxpg>10k %.3f@%d  %s %.0fs  pg>2 at:%s%n",
                        name, seed, j10, jmax, jAt, pmax, pAt, t.failure() == null ? "" : t.failure(),
                        (System.nanoTime() - t0) / 1e9, over.length() == 0 ? " none" : over);
            }
        }
    }
}
