package org.ganclassroom.lesson.scenario;

import java.util.List;

/**
 * The checked claim of a simulator block: run its scenario headless for {@code steps} steps on each seed,
 * measuring every {@code every} steps, and every claim must hold on at least {@code atLeast} of the seeds.
 *
 * @param line    1-based file line of the {@code expect:} key
 * @param seeds   the seeds to run
 * @param atLeast how many seeds must meet each claim
 * @param steps   steps per run
 * @param every   evaluation interval in steps (step 0 is measured too)
 * @param claims  the conditions
 */
public record Expectation(int line, List<Long> seeds, int atLeast, long steps, long every, List<Claim> claims) {
    public Expectation {
        seeds = List.copyOf(seeds);
        claims = List.copyOf(claims);
    }
}
