package org.ganclassroom.ui;

import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ChipParameter;
import org.ganclassroom.ui.live.StartRun;

import java.util.Locale;
import java.util.Optional;

/** The value of {@code --chip}: a chip id, and optionally {@code =VALUE}, its number within the chip card's range. */
final class ChipArgument {
    private ChipArgument() {
    }

    static StartRun.ChipSetting parse(String text) throws AppArguments.InvalidArgumentsException {
        int eq = text.indexOf('=');
        String id = (eq < 0 ? text : text.substring(0, eq)).trim();
        Chip chip = Chip.fromId(id).orElseThrow(() -> new AppArguments.InvalidArgumentsException(
                "unknown chip '" + id + "' for --chip; valid chips: " + String.join(", ", Chip.ids())));
        if (eq < 0) {
            return new StartRun.ChipSetting(chip, Double.NaN);
        }
        String value = text.substring(eq + 1).trim();
        Optional<ChipParameter> parameter = ChipParameter.of(chip);
        if (parameter.isEmpty()) {
            throw new AppArguments.InvalidArgumentsException("--chip " + chip.id() + " takes no value (the chip has no"
                    + " number), was '" + value + "'");
        }
        ChipParameter p = parameter.get();
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        boolean whole = !p.integer() || v == Math.rint(v);
        if (!(v >= p.min() && v <= p.max()) || !whole) {
            throw new AppArguments.InvalidArgumentsException("--chip " + chip.id() + " needs its " + p.symbol() + " ("
                    + p.description() + ") as " + (p.integer() ? "a whole number" : "a number") + " from "
                    + number(p.min()) + " to " + number(p.max()) + ", was '" + value + "'");
        }
        return new StartRun.ChipSetting(chip, v);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
