package org.ganclassroom.ui.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the milestones sit on the horizontal axis. Not proportional to time: each entry gets the same slot, so
 * entries of clustered years stay readable, and an extra gap (growing slowly with the number of years skipped)
 * separates different years, so the passing of time still shows. Pure arithmetic, no JavaFX.
 */
public final class TimelineLayout {
    /** x of each node, and one tick per distinct year (at the middle of that year's nodes). */
    public record Result(List<Double> nodeX, List<Tick> ticks, double width) {
    }

    /** A year: its label at {@code x}, over the span {@code from}..{@code to} of its nodes. */
    public record Tick(int year, double x, double from, double to) {
    }

    private TimelineLayout() {
    }

    /**
     * @param years   the entries' years, ascending
     * @param margin  space before the first and after the last node
     * @param slot    distance between neighbouring nodes of the same year (the minimum distance overall)
     * @param yearGap extra distance added when the year changes (plus a little more per skipped year, capped)
     */
    public static Result compute(List<Integer> years, double margin, double slot, double yearGap) {
        List<Double> xs = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        double x = margin;
        int firstOfYear = 0;
        for (int i = 0; i < years.size(); i++) {
            if (i > 0) {
                int skipped = years.get(i) - years.get(i - 1);
                if (skipped < 0) {
                    throw new IllegalArgumentException("years must be ascending: " + years);
                }
                x += slot;
                if (skipped > 0) {
                    x += yearGap * Math.min(3.0, 1 + Math.log(skipped));
                    ticks.add(tick(years.get(i - 1), xs.get(firstOfYear), xs.get(i - 1)));
                    firstOfYear = i;
                }
            }
            xs.add(x);
        }
        if (!years.isEmpty()) {
            ticks.add(tick(years.get(years.size() - 1), xs.get(firstOfYear), xs.get(years.size() - 1)));
        }
        double width = years.isEmpty() ? 2 * margin : x + margin;
        return new Result(List.copyOf(xs), List.copyOf(ticks), width);
    }

    private static Tick tick(int year, double from, double to) {
        return new Tick(year, (from + to) / 2, from, to);
    }
}
