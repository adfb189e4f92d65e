package org.ganclassroom.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every view of the app, in sidebar order. This is the one registry of view ids: the sidebar, the
 * {@code --open} option, the keyboard shortcuts (Ctrl+1 is the first entry) and the settings file all use it.
 * Plain Java (no JavaFX), so the command line can be checked before any window exists.
 */
public enum AppView {
    LESSONS("lessons", "Lessons", MaterialDesignB.BOOK_OPEN_VARIANT,
            "Read short illustrated lessons that build up what a GAN is, step by step."),
    TIMELINE("timeline", "Timeline", MaterialDesignT.TIMELINE,
            "Walk through the milestones of GAN research, from the 2014 paper to StyleGAN and beyond."),
    QUIZ("quiz", "Quiz", MaterialDesignH.HELP_CIRCLE,
            "Test your understanding with multiple-choice questions and instant explanations."),
    TRUE_FALSE("truefalse", "True/False", MaterialDesignC.CHECK_DECAGRAM,
            "A speed round: decide whether each statement about GANs is true or false before time runs out."),
    LAB("lab", "Mini Lab", MaterialDesignF.FLASK,
            "Try small hands-on experiments with generators, discriminators and loss functions."),
    SIMULATOR("simulator", "Simulator", MaterialDesignC.CHART_BELL_CURVE,
            "Train a tiny GAN live and watch the generator learn to match a target distribution.");

    private final String id;
    private final String displayName;
    private final Ikon icon;
    private final String description;

    AppView(String id, String displayName, Ikon icon, String description) {
        this.id = id;
        this.displayName = displayName;
        this.icon = icon;
        this.description = description;
    }

    /** Stable id used on the command line ({@code --open lab}) and in the settings file. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Ikon icon() {
        return icon;
    }

    /** One sentence saying what the view does. */
    public String description() {
        return description;
    }

    /** 1-based position in the sidebar; Ctrl+{@code number} opens the view. */
    public int number() {
        return ordinal() + 1;
    }

    public static Optional<AppView> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(wanted)).findFirst();
    }

    public static Optional<AppView> fromNumber(int number) {
        return number >= 1 && number <= values().length ? Optional.of(values()[number - 1]) : Optional.empty();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(AppView::id).collect(Collectors.toList());
    }
}
