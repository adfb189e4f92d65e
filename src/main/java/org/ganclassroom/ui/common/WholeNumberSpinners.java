package org.ganclassroom.ui.common;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Editable whole-number spinners whose typed text never throws: JavaFX's default converter raises
 * NumberFormatException on the FX thread when a spinner holding "f10" loses focus. Text that is not a whole number
 * keeps the current value; a number out of range is clamped into it.
 */
public final class WholeNumberSpinners {
    private WholeNumberSpinners() {
    }

    /** A value factory for [min, max] starting at {@code initial} (clamped), with the safe converter. */
    public static SpinnerValueFactory.IntegerSpinnerValueFactory factory(int min, int max, int initial) {
        var f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, initial)));
        f.setConverter(converter(f));
        return f;
    }

    /**
     * Makes the spinner's box show the value it kept once typed text is committed (on Enter or when focus leaves):
     * a rejected "f10" gives way to the number in force instead of staying in the box as if accepted.
     */
    public static void showValueAfterCommit(Spinner<Integer> spinner) {
        Runnable show = () -> {
            if (spinner.getValueFactory() != null) {
                spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(spinner.getValue()));
            }
        };
        // registered after the spinner's own listeners, so these run once it has committed
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                show.run();
            }
        });
        spinner.getEditor().addEventHandler(javafx.event.ActionEvent.ACTION, e -> show.run());
    }

    /** The converter for factory {@code f}: its bounds, and its current value for text that is not a number. */
    public static StringConverter<Integer> converter(SpinnerValueFactory.IntegerSpinnerValueFactory f) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int v = Integer.parseInt(text == null ? "" : text.trim());
                    return Math.max(f.getMin(), Math.min(f.getMax(), v));
                } catch (NumberFormatException e) {
                    return f.getValue();
                }
            }
        };
    }
}
