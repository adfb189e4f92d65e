package org.ganclassroom.ui.lab;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.ui.lab.LabViewModel.Side;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One row of chip toggle buttons, for run A or run B, each following whether its chip is on that side; icon and
 * tooltip come from the chip's {@link ChipCard}.
 */
final class ChipRow {
    private ChipRow() {
    }

    /** Fills {@code pane} with a button per chip; returns them by chip. */
    static Map<Chip, ToggleButton> fill(Side side, FlowPane pane, LabViewModel vm) {
        Map<Chip, ToggleButton> buttons = new EnumMap<>(Chip.class);
        for (Chip chip : Chip.values()) {
            ToggleButton b = new ToggleButton(chip.displayName(),
                    vm.cards().card(chip).map(c -> new FontIcon(c.icon())).orElse(null));
            b.setId("chip-" + side.name().toLowerCase(Locale.ROOT) + "-" + chip.id());
            b.getStyleClass().add("lab-chip");
            b.setFocusTraversable(true);
            b.setSelected(vm.chipOn(side, chip).get());
            vm.chipOn(side, chip).addListener((o, was, now) -> b.setSelected(now));
            b.setOnAction(e -> {
                vm.toggleChip(side, chip);
                b.setSelected(vm.chipOn(side, chip).get());
            });
            Tooltip t = new Tooltip(tooltipText(vm.cards(), chip));
            t.setWrapText(true);
            t.setMaxWidth(360);
            t.setShowDelay(Duration.millis(400));
            b.setTooltip(t);
            buttons.put(chip, b);
            pane.getChildren().add(b);
        }
        return buttons;
    }

    private static String tooltipText(ChipCards cards, Chip chip) {
        return cards.card(chip).map(c -> c.name() + "\n" + c.summary()
                + "\nClick to switch it on or off and open its card.").orElse(chip.displayName());
    }
}
