package org.ganclassroom.sim.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's table: per suite row, the mean ± sample standard deviation (n − 1 in the denominator) over
 * its trials of modes captured, high-quality % and reverse KL, beside the papers' rows ({@link PaperRows}).
 * A trial without any high-quality sample has no reverse KL (as in PacGAN's code); the row's reverse KL is then
 * over the other trials, and the count of such trials is given.
 */
public final class BenchTable {
    /** One aggregated row. */
    public record Line(BenchSuite.Row row, int trials, Stat modes, Stat highQualityPercent, Stat reverseKl,
                       int klUndefined, int failures, double seconds) {
    }

    /** Mean and sample standard deviation (NaN for fewer than 2 values; mean NaN for none). */
    public record Stat(double mean, double sd, int n) {
        static Stat of(List<Double> values) {
            int n = values.size();
            double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            return new Stat(n == 0 ? Double.NaN : mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), n);
        }
    }

    public static final String CSV_HEADER = "data,method,steps,trials,modes_mean,modes_sd,hq_percent_mean,"
            + "hq_percent_sd,reverse_kl_mean,reverse_kl_sd,reverse_kl_undefined,failures,seconds";

    private final List<Line> lines;

    private BenchTable(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Aggregates finished trials by row, in the order rows first appear. */
    public static BenchTable of(List<TrialResult> results) {
        Map<BenchSuite.Row, List<TrialResult>> byRow = new LinkedHashMap<>();
        for (TrialResult r : results) {
            byRow.computeIfAbsent(r.row(), k -> new ArrayList<>()).add(r);
        }
        List<Line> lines = new ArrayList<>();
        for (var e : byRow.entrySet()) {
            List<Double> modes = new ArrayList<>();
            List<Double> hq = new ArrayList<>();
            List<Double> kl = new ArrayList<>();
            int failures = 0;
            double seconds = 0;
            for (TrialResult r : e.getValue()) {
                modes.add((double) r.score().modesCaptured());
                hq.add(100 * r.score().highQualityShare());
                if (!Double.isNaN(r.score().reverseKl())) {
                    kl.add(r.score().reverseKl());
                }
                failures += r.failure() == null ? 0 : 1;
                seconds += r.seconds();
            }
            int n = e.getValue().size();
            lines.add(new Line(e.getKey(), n, Stat.of(modes), Stat.of(hq), Stat.of(kl), n - kl.size(), failures,
                    seconds));
        }
        return new BenchTable(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    /** One CSV row per suite row, {@link #CSV_HEADER} first; empty fields where a value is undefined. */
    public String csv() {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (Line l : lines) {
            sb.append(l.row().data()).append(',').append(l.row().method()).append(',').append(l.row().steps())
                    .append(',').append(l.trials()).append(',').append(num(l.modes().mean())).append(',')
                    .append(num(l.modes().sd())).append(',').append(num(l.highQualityPercent().mean())).append(',')
                    .append(num(l.highQualityPercent().sd())).append(',').append(num(l.reverseKl().mean()))
                    .append(',').append(num(l.reverseKl().sd())).append(',').append(l.klUndefined()).append(',')
                    .append(l.failures()).append(',').append(String.format(Locale.ROOT, "%.1f", l.seconds()))
                    .append('\n');
        }
        return sb.toString();
    }

    /** The columns of {@link #cells()} and {@link #markdown()}. */
    public static final List<String> COLUMNS = List.of("method", "steps (ring / grid)", "trials",
            "ring: modes (of 8)", "ring: HQ %", "ring: reverse KL", "grid: modes (of 25)", "grid: HQ %",
            "grid: reverse KL");

    /**
     * The table's cells under {@link #COLUMNS}: our rows (one per method, ring and grid side by side, "ours: "
     * before the method), then the papers' rows ({@link PaperRows}); "–" where a value is missing.
     */
    public List<List<String>> cells() {
        List<List<String>> out = new ArrayList<>();
        Map<String, Line[]> byMethod = new LinkedHashMap<>();
        for (Line l : lines) {
            Line[] pair = byMethod.computeIfAbsent(l.row().method(), k -> new Line[2]);
            pair[l.row().data().startsWith("ring") ? 0 : 1] = l;
        }
        for (var e : byMethod.entrySet()) {
            Line ring = e.getValue()[0];
            Line grid = e.getValue()[1];
            List<String> row = new ArrayList<>(List.of("ours: " + e.getKey(),
                    (ring == null ? "–" : String.valueOf(ring.row().steps())) + " / "
                            + (grid == null ? "–" : String.valueOf(grid.row().steps())), trials(ring, grid)));
            row.addAll(cells(ring));
            row.addAll(cells(grid));
            out.add(List.copyOf(row));
        }
        for (PaperRows.Row p : PaperRows.ROWS) {
            out.add(List.of(p.method(), "–", p.method().contains("PacGAN") ? "10" : "–", paper(p.ringModes()),
                    paper(p.ringHq()), paper(p.ringKl()), paper(p.gridModes()), paper(p.gridHq()),
                    paper(p.gridKl())));
        }
        return out;
    }

    /** The Markdown table: {@link #cells()} under {@link #COLUMNS}. */
    public String markdown() {
        StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", COLUMNS)).append(" |\n");
        sb.append("|---".repeat(COLUMNS.size())).append("|\n");
        for (List<String> row : cells()) {
            sb.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return sb.toString();
    }

    private static String trials(Line ring, Line grid) {
        if (ring != null && grid != null && ring.trials() != grid.trials()) {
            return ring.trials() + " / " + grid.trials();
        }
        return String.valueOf(ring != null ? ring.trials() : grid.trials());
    }

    private static List<String> cells(Line l) {
        if (l == null) {
            return List.of("–", "–", "–");
        }
        String kl = pm(l.reverseKl(), "%.3f");
        if (l.klUndefined() > 0) {
            kl += " (" + l.klUndefined() + " undefined)";
        }
        String failed = l.failures() > 0 ? " (" + l.failures() + " failed)" : "";
        return List.of(pm(l.modes(), "%.1f") + failed, pm(l.highQualityPercent(), "%.1f"), kl);
    }

    private static String pm(Stat s, String format) {
        if (Double.isNaN(s.mean())) {
            return "–";
        }
        String mean = String.format(Locale.ROOT, format, s.mean());
        return Double.isNaN(s.sd()) ? mean : mean + " ± " + String.format(Locale.ROOT, format, s.sd());
    }

    private static String paper(double v) {
        return Double.isNaN(v) ? "–" : (v == Math.rint(v) && v < 100 ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%s", v));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
