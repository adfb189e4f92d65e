package org.ganclassroom.sim.train;

/** The two players of the game: D, which learns to tell real from fake, and G, which learns to fool it. */
public enum Player {
    DISCRIMINATOR("D"),
    GENERATOR("G");

    private final String letter;

    Player(String letter) {
        this.letter = letter;
    }

    /** "D" or "G", as the views and keys name the player. */
    public String letter() {
        return letter;
    }
}
