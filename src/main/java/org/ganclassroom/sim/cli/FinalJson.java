package org.ganclassroom.sim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganclassroom.sim.config.Experiment;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentJson;
import org.ganclassroom.sim.train.Snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code final.json}: the config, the grid, p_data, p_g, D, D* and the final metrics. */
final class FinalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FinalJson() {
    }

    static void write(Path file, ExperimentConfig config, Snapshot s) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("config", ExperimentJson.toTree(new Experiment(config, null)));
        ObjectNode grid = root.putObject("grid");
        grid.put("dimension", s.dimension());
        OutputNumbers.put(grid, "lower", s.lower());
        OutputNumbers.put(grid, "upper", s.upper());
        grid.put("cells", s.gridSize());
        ArrayNode centres = grid.putArray("centres");
        for (int i = 0; i < s.gridSize(); i++) {
            OutputNumbers.add(centres, s.cellCentre(i));
        }
        put(root, "pData", s.pData());
        put(root, "pG", s.pG());
        put(root, "d", s.d());
        if (s.dStar() != null) {
            put(root, "dStar", s.dStar());
        } else {
            root.putNull("dStar");
        }
        ObjectNode metrics = root.putObject("metrics");
        String[] names = MetricsCsv.HEADER.split(",");
        String[] values = MetricsCsv.row(s.metrics()).split(",", -1);
        for (int i = 0; i < names.length; i++) {
            // the CSV text, so both files carry the same rounded value; inf stays the string "inf"
            switch (values[i]) {
                case "" -> metrics.putNull(names[i]);
                case OutputNumbers.INF, OutputNumbers.NEG_INF -> metrics.put(names[i], values[i]);
                default -> metrics.put(names[i], Double.parseDouble(values[i]));
            }
        }
        if (s.failure() != null) {
            root.put("failure", s.failure().message());
            root.put("savedStep", s.failure().savedStep());
        }
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static void put(ObjectNode root, String name, double[] values) {
        ArrayNode a = root.putArray(name);
        for (double v : values) {
            OutputNumbers.add(a, v);
        }
    }
}
