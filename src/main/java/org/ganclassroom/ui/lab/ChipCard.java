package org.ganclassroom.ui.lab;

import org.ganclassroom.sim.config.Chip;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything the lab shows of a chip: its name and icon (an Ikonli literal) on the button, a plain-text summary
 * in the button's tooltip, and, on the card opened by a click, what it does, its formula (LaTeX), why it helps,
 * the paper(s) and what to watch for in the plot. Loaded from {@code chips.yaml} by {@link ChipCards}.
 */
public record ChipCard(Chip chip, String name, String icon, String summary, String what, String formula, String why,
                       List<Paper> papers, String watch) {
    public ChipCard {
        papers = List.copyOf(papers);
    }

    /** A paper the chip comes from. */
    public record Paper(String authors, int year, String title, String venue) {
        /** "Gulrajani, Ahmed, … (2017). Improved Training of Wasserstein GANs. NeurIPS (NIPS 2017)." */
        public String citation() {
            return authors + " (" + year + "). " + title + ". " + venue + ".";
        }
    }

    /** All papers, one citation per line. */
    public String citations() {
        return papers.stream().map(Paper::citation).collect(Collectors.joining("\n"));
    }
}
