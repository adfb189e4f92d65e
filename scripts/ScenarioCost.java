// What check-lessons --run costs, run by run: the thread CPU of each distinct run ScenarioCheck would make (blocks that
// start the same experiment share one run per seed, measured at the union of their evaluation steps), one at a time.
// usage (after mvn -o -q package -DskipTests): java -cp target/gan-classroom.jar scripts/ScenarioCost.java lessons [FILTER]
//   prints CPU seconds per group of runs (preset, chips, blocks, last step, evaluations, batch) and the total.
import org.ganclassroom.lesson.*;
import org.ganclassroom.lesson.scenario.*;
import org.ganclassroom.sim.config.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;

public class ScenarioCost {
    record Key(ExperimentConfig c, boolean f, int w, long seed) {}
    public static void main(String[] a) throws Exception {
        List<LessonFile> files = LessonLoader.parseFolder(Path.of(a[0]));
        String only = a.length > 1 ? a[1] : null;
        Map<Key, TreeSet<Long>> plans = new LinkedHashMap<>();
        Map<Key, String> label = new HashMap<>();
        Set<Key> precisionRecall = new HashSet<>();
        for (LessonFile f : files) {
            if (!f.ok()) continue;
            for (LessonSection s : f.lesson().sections()) for (LessonBlock b : s.blocks()) {
                if (b instanceof LessonBlock.Simulator sim && sim.expect() != null) {
                    Expectation x = sim.expect();
                    long last = x.claims().stream().mapToLong(Claim::to).max().orElse(x.steps());
                    boolean pr = x.claims().stream().anyMatch(c -> c.readout().needsPrecisionRecall());
                    for (long seed : x.seeds()) {
                        Key k = new Key(ScenarioRunner.config(sim.preset(), sim.chips()), sim.freezeGenerator(), sim.warmup(), seed);
                        TreeSet<Long> ev = plans.computeIfAbsent(k, kk -> new TreeSet<>());
                        if (pr) precisionRecall.add(k);
                        for (long st = 0; st <= last; st += x.every()) ev.add(st);
                        label.merge(k, sim.preset() + sim.chips() + " " + f.file().getFileName() + ":" + sim.line(), (p, q) -> p.contains(q) ? p : p + " + " + q);
                    }
                }
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, double[]> by = new LinkedHashMap<>();
        double total = 0; int n = 0;
        for (var e : plans.entrySet()) {
            Key k = e.getKey();
            String lab = label.get(k);
            if (only != null && !lab.contains(only)) continue;
            long[] at = e.getValue().stream().mapToLong(Long::longValue).toArray();
            long c0 = mx.getCurrentThreadCpuTime();
            ScenarioRunner.run(k.c(), k.f(), k.w(), k.seed(), at, precisionRecall.contains(k));
            double s = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            total += s; n++;
            String g = lab + " last=" + at[at.length - 1] + " evals=" + at.length + " batch=" + k.c().training().batchSize();
            double[] v = by.computeIfAbsent(g, q -> new double[2]); v[0] += s; v[1]++;
        }
        by.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0]))
            .forEach(x -> System.out.printf("%7.1f  (%d runs) %s%n", x.getValue()[0], (int) x.getValue()[1], x.getKey()));
        System.out.printf("total %.1f s over %d runs%n", total, n);
    }
}
