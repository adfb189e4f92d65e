package org.ganclassroom.sim.train;

/**
 * How many gradient updates each player has made since the run started (or was opened): a full step adds k to
 * D's count and 1 to G's (none to G's while G is frozen); a single-player step adds to one count only.
 *
 * @param discriminator D's parameter updates
 * @param generator     G's parameter updates
 */
public record PlayerUpdates(long discriminator, long generator) {
    public static final PlayerUpdates NONE = new PlayerUpdates(0, 0);

    /** Which player moved between {@code before} and this, or null when neither or both did. */
    public Player movedSince(PlayerUpdates before) {
        boolean d = discriminator != before.discriminator;
        boolean g = generator != before.generator;
        return d == g ? null : d ? Player.DISCRIMINATOR : Player.GENERATOR;
    }
}
