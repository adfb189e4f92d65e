package org.ganclassroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganclassroom.sim.config.Stabilisers;
import org.junit.jupiter.api.Test;

/**
 * Where the course or a lab card names the value the app uses for a chip's parameter, it is the value the engine
 * really uses (issue 18: the text said λ = 10, c = 0.01 and 0.999 while the app ran 1.0, 0.1 and 0.99).
 */
class DefaultsInTextTest {
    private static final Path CARDS = Path.of("src/main/resources/org/ganclassroom/ui/lab/chips.yaml");
    private static final Path LESSON8 = Path.of("lessons/08-stabilising-training.md");

    /** The number in "…the app…$SYMBOL = N$" or "$SYMBOL = N$, the paper's value and the app's". */
    private static double appValue(String text, String symbol, String where) {
        Matcher m = Pattern.compile("app(?:'s runs)?[^$]{0,80}?\\$\\\\?" + symbol + " = ([0-9.]+)\\$"
                + "|\\$\\\\?" + symbol + " = ([0-9.]+)\\$(?:, the paper's value and the app's|, and so does the app)")
                .matcher(text.replaceAll("\\s+", " "));
        assertTrue(m.find(), where + " should say which " + symbol + " the app uses");
        return Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
    }

    @Test
    void cardsAndLessonEightNameTheEngineDefaults() throws Exception {
        Stabilisers s = Stabilisers.none();
        for (Path p : new Path[]{CARDS, LESSON8}) {
            String text = Files.readString(p);
            assertEquals(s.gpLambda(), appValue(text, "lambda", p + " (gradient penalty)"), p.toString());
            assertEquals(s.clipValue(), appValue(text, "c", p + " (weight clipping)"), p.toString());
            assertEquals(s.emaDecay(), appValue(text, "beta", p + " (EMA decay)"), p.toString());
        }
    }
}
