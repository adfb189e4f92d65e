package org.ganclassroom.ui.lab;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.ganclassroom.sim.config.ChipParameter;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A chip card's control for its number: arrows (or ↑ ↓) move it by the parameter's step, typing sets it on Enter;
 * text that is no number puts the last value back.
 */
final class ChipParameterSpinner extends Spinner<Double> {

    ChipParameterSpinner(ChipParameter p, double value) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(p.min(), p.max(), value, p.step());
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : format(p, v);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return Math.max(p.min(), Math.min(p.max(), Double.parseDouble(text.trim().replace(',', '.'))));
                } catch (NumberFormatException e) {
                    return f.getValue();
                }
            }
        });
        setValueFactory(f);
        setEditable(true);
        setPrefWidth(130);
        getEditor().setOnAction(e -> commit());
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
    }

    /** Takes the typed number; the field then shows the value in force (the last one, if the text was no number). */
    private void commit() {
        commitValue();
        getEditor().setText(getValueFactory().getConverter().toString(getValue()));
    }

    /** The value as the card shows it: as many decimals as the step has, no trailing zeros. */
    static String format(ChipParameter p, double v) {
        if (p.integer()) {
            return Long.toString(Math.round(v));
        }
        int decimals = Math.max(0, BigDecimal.valueOf(p.step()).stripTrailingZeros().scale());
        if (p.max() < 1) {
            decimals = Math.max(decimals, 5); // the EMA decay needs its 0.999 vs 0.9999
        }
        return new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", v)).stripTrailingZeros()
                .toPlainString();
    }
}
