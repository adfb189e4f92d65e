package org.ganclassroom.ui.lab;

import org.ganclassroom.sim.config.Chip;
import org.kordamp.ikonli.javafx.IkonResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chip cards, read from {@code chips.yaml} next to this class (an instructor can edit that file). Read with
 * SnakeYAML's SafeConstructor: plain maps, lists and strings only. A chip whose entry is missing simply has no
 * card; an entry that is not a chip id, a card without its text fields, an icon that is not one, or a summary with
 * LaTeX in it, is an error naming the entry and the field.
 */
public final class ChipCards {
    public static final String RESOURCE = "chips.yaml";
    private static ChipCards standard;

    private final Map<Chip, ChipCard> cards;

    private ChipCards(Map<Chip, ChipCard> cards) {
        this.cards = Collections.unmodifiableMap(new EnumMap<>(cards));
    }

    /** The bundled cards (loaded once). */
    public static synchronized ChipCards standard() {
        if (standard == null) {
            try (InputStream in = ChipCards.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " next to " + ChipCards.class);
                }
                standard = read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return standard;
    }

    /** Parses a cards file; IllegalArgumentException naming the source and entry for a bad one. */
    public static ChipCards read(Reader yamlText, String source) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        if (!(root instanceof Map<?, ?> top)) {
            throw new IllegalArgumentException(source + ": expected a map of chip ids to cards");
        }
        Map<Chip, ChipCard> out = new EnumMap<>(Chip.class);
        for (Map.Entry<?, ?> e : top.entrySet()) {
            String id = String.valueOf(e.getKey());
            Chip chip = Chip.fromId(id).orElseThrow(() -> new IllegalArgumentException(source + ": \"" + id
                    + "\" is not a chip id; valid ids: " + String.join(", ", Chip.ids())));
            if (!(e.getValue() instanceof Map<?, ?> card)) {
                throw new IllegalArgumentException(source + ": " + id + ": expected a map of fields");
            }
            String where = source + ": " + id;
            List<ChipCard.Paper> papers = new ArrayList<>();
            Object ps = card.get("papers");
            if (ps instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (!(list.get(i) instanceof Map<?, ?> p)) {
                        throw new IllegalArgumentException(where + ".papers[" + i + "]: expected a map");
                    }
                    String pw = where + ".papers[" + i + "]";
                    papers.add(new ChipCard.Paper(text(p, "authors", pw), year(p, pw), text(p, "title", pw),
                            text(p, "venue", pw)));
                }
            } else if (ps != null) {
                throw new IllegalArgumentException(where + ".papers: expected a list");
            }
            out.put(chip, new ChipCard(chip, text(card, "name", where), icon(card, where), summary(card, where),
                    text(card, "what", where),
                    text(card, "formula", where), text(card, "why", where), papers, text(card, "watch", where)));
        }
        return new ChipCards(out);
    }

    private static String text(Map<?, ?> m, String field, String where) {
        Object v = m.get(field);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new IllegalArgumentException(where + "." + field + ": missing");
        }
        return String.valueOf(v).strip();
    }

    /** An Ikonli literal that names an icon of a bundled pack, e.g. {@code mdi2t-target}. */
    private static String icon(Map<?, ?> card, String where) {
        String literal = text(card, "icon", where);
        try {
            IkonResolver.getInstance().resolve(literal).resolve(literal);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ".icon: \"" + literal + "\" is not an icon; use an Ikonli "
                    + "literal of Material Design Icons 2 such as mdi2t-target (see "
                    + "https://kordamp.org/ikonli/cheat-sheet-materialdesign2.html)");
        }
        return literal;
    }

    /** Plain text: a tooltip shows LaTeX as written, so none is allowed. */
    private static String summary(Map<?, ?> card, String where) {
        String s = text(card, "summary", where);
        int at = indexOfAny(s, "$\\");
        if (at >= 0) {
            throw new IllegalArgumentException(where + ".summary: plain text only, found LaTeX (\"" + s.charAt(at)
                    + "\" at character " + (at + 1) + "); write the maths as text, e.g. log(1 − D(G(z)))");
        }
        return s;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int year(Map<?, ?> m, String where) {
        Object v = m.get("year");
        if (v instanceof Integer y) {
            return y;
        }
        throw new IllegalArgumentException(where + ".year: expected a year such as 2017, found " + v);
    }

    public Optional<ChipCard> card(Chip chip) {
        return Optional.ofNullable(cards.get(chip));
    }

    public Map<Chip, ChipCard> all() {
        return cards;
    }
}
