package org.ganclassroom.sim.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The CSV of the runs' histories that the app exports, with the column names and number format of the CLI's
 * {@code metrics.csv}: {@code run,step,jsd_nats,d_loss,g_loss,averaged}, one row per history entry, run A's
 * rows first (then B's), each oldest first; {@code averaged} is 1 for a bucket mean of several steps.
 */
public final class HistoryCsv {
    public static final String HEADER = "run,step,jsd_nats,d_loss,g_loss,averaged";

    private HistoryCsv() {
    }

    /** The CSV text of these histories (run names A, B, … in order). */
    public static String text(List<HistoryView> runs) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int r = 0; r < runs.size(); r++) {
            HistoryView h = runs.get(r);
            char run = (char) ('A' + r);
            for (int i = 0; i < h.size(); i++) {
                sb.append(run).append(',').append(h.step(i)).append(',').append(number(h.jsd(i))).append(',')
                        .append(number(h.dLoss(i))).append(',').append(number(h.gLoss(i))).append(',')
                        .append(i < h.averagedPoints() ? 1 : 0).append('\n');
            }
        }
        return sb.toString();
    }

    /** Writes {@link #text} to a file, creating its folder. */
    public static void write(List<HistoryView> runs, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text(runs), StandardCharsets.UTF_8);
    }

    /** A value as every CSV of the project writes it: 8 significant digits, empty when it does not apply. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%.8g", v);
    }
}
