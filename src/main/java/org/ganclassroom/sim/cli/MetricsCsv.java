package org.ganclassroom.sim.cli;

import org.ganclassroom.sim.run.HistoryCsv;
import org.ganclassroom.sim.train.Metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code metrics.csv}: a header row, then one row per measured step (columns in docs/SIM_OUTPUT.md). */
public final class MetricsCsv implements AutoCloseable {
    public static final String HEADER = "step,jsd_nats,jsd_bits,kl_data_g,kl_g_data,v_batch,v_grid,v_theory,"
            + "d_loss,g_loss,grad_norm_d,grad_norm_g,w1,modes_captured,mode_count,high_quality_share,"
            + "f_bound,f_true,d_gap,mass_outside,frechet,precision,recall";
    private final BufferedWriter writer;

    public MetricsCsv(Path file) throws IOException {
        writer = Files.newBufferedWriter(file);
        writer.write(HEADER);
        writer.newLine();
    }

    public void append(Metrics m) throws IOException {
        writer.write(row(m));
        writer.newLine();
    }

    /** One CSV row, numbers encoded by {@link OutputNumbers}: empty = does not apply, inf/-inf = infinite. */
    public static String row(Metrics m) {
        return m.step() + "," + f(m.jsd()) + "," + f(m.jsdBits()) + "," + f(m.klDataG()) + "," + f(m.klGData())
                + "," + f(m.valueBatch()) + "," + f(m.valueGrid()) + "," + f(m.theoryValue()) + "," + f(m.dLoss())
                + "," + f(m.gLoss()) + "," + f(m.gradNormD()) + "," + f(m.gradNormG()) + "," + f(m.w1())
                + "," + m.modesCaptured() + "," + m.modeCount() + "," + f(m.highQualityShare()) + ","
                + f(m.fBound()) + "," + f(m.fTrue()) + "," + f(m.dGap()) + "," + f(m.massOutside()) + ","
                + f(m.frechet()) + "," + f(m.precision()) + "," + f(m.recall());
    }

    private static String f(double v) {
        return OutputNumbers.csv(v);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
