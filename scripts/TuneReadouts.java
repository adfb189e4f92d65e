// Tuning harness for scenarios: any readout of check-lessons (jsd, pgPeak, gradNormG, dPeak ...) per seed and evaluation.
// usage (after mvn -o -q package -DskipTests): java -cp target/gan-classroom.jar scripts/TuneReadouts.java
//   PRESET STEPS EVERY SEEDS READOUTS [chip:ID ...] [freeze] [warmup:N] [key=value ...]
//   e.g. ... settled 50000 2500 1,2,3,4,5 jsd,pgPeak training.batchSize=1024
import org.ganclassroom.sim.config.*;
import org.ganclassroom.lesson.scenario.*;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.*;
import java.util.concurrent.*;


public class TuneReadouts {
    public static void main(String[] a) throws Exception {
        String preset = a[0];
        long steps = Long.parseLong(a[1]), every = Long.parseLong(a[2]);
        List<Long> seeds = Arrays.stream(a[3].split(",")).map(Long::parseLong).toList();
        List<Readout> rs = Arrays.stream(a[4].split(",")).map(s -> Readout.fromId(s).orElseThrow()).toList();
        List<String> chips = new ArrayList<>(); List<String> sets = new ArrayList<>(); boolean freeze=false; int warm = 0;
        for (int i = 5; i < a.length; i++) {
            if (a[i].startsWith("chip:")) chips.add(a[i].substring(5));
            else if (a[i].equals("freeze")) freeze = true;
            else if (a[i].startsWith("warmup:")) warm = Integer.parseInt(a[i].substring(7));
            else sets.add(a[i]);
        }
        ExperimentConfig base = ScenarioRunner.config(preset, chips);
        ObjectNode tree = ExperimentJson.toTree(new Experiment(base, null));
        for (String s : sets) ExperimentJson.applyOverride(tree, s);
        ExperimentConfig cfg = ExperimentJson.fromTree(tree).config();
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(System.getProperty("threads","2")));
        final boolean fz = freeze; final int wu = warm;
        List<Future<Trace>> fs = new ArrayList<>();
        for (long s : seeds) fs.add(pool.submit(() -> ScenarioRunner.run(cfg, fz, wu, s, steps, every)));
        for (Readout r : rs) {
            System.out.println("== " + r.id());
            for (Future<Trace> f : fs) {
                Trace t = f.get();
                StringBuilder sb = new StringBuilder(String.format("seed %-3d", t.seed()));
                for (double v : t.series(r)) sb.append(String.format(Locale.ROOT, " %.3g", v));
                if (t.failure()!=null) sb.append(" FAIL ").append(t.failure());
                System.out.println(sb);
            }
        }
        pool.shutdown();
    }
}
