package org.ganclassroom.ui.markdown;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.ganclassroom.lesson.MathText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Walks a CommonMark AST and builds nodes. One instance per render call. */
final class MarkdownRenderer {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final double MAX_IMAGE_WIDTH = 720;

    private final RenderContext ctx;
    private List<MathText.Formula> formulas = List.of();
    /** Every formula this renderer has shown as maths, in order (what the checker must have checked). */
    private final List<MathText.Formula> rendered = new ArrayList<>();

    MarkdownRenderer(RenderContext ctx) {
        this.ctx = ctx == null ? RenderContext.PLAIN : ctx;
    }

    VBox render(String markdown) {
        MathPlaceholders.Extracted ex = MathPlaceholders.extract(markdown);
        formulas = ex.formulas();
        org.commonmark.node.Node doc = PARSER.parse(ex.markdown());
        VBox box = new VBox();
        box.getStyleClass().add("md");
        blocks(doc, box);
        return box;
    }

    TextFlow renderInline(String markdown) {
        MathPlaceholders.Extracted ex = MathPlaceholders.extract(markdown);
        formulas = ex.formulas();
        org.commonmark.node.Node doc = PARSER.parse(ex.markdown());
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll("md", "md-inline");
        Inlines in = new Inlines(flow);
        boolean first = true;
        for (org.commonmark.node.Node b = doc.getFirstChild(); b != null; b = b.getNext()) {
            if (!first) {
                in.text(" ", List.of());
            }
            first = false;
            flattenInto(b, in);
        }
        return flow;
    }

    /** The formulas shown as maths by the render calls so far, with their offsets in the rendered Markdown. */
    List<MathText.Formula> renderedMaths() {
        return List.copyOf(rendered);
    }

    private void flattenInto(org.commonmark.node.Node block, Inlines in) {
        if (block instanceof Paragraph || block instanceof Heading) {
            inlines(block, in, List.of());
        } else if (block instanceof TableCell) {
            inlines(block, in, List.of());
            in.text(" ", List.of());
        } else if (block instanceof FencedCodeBlock f) {
            in.text(f.getLiteral().strip(), List.of("md-code"));
        } else {
            for (org.commonmark.node.Node c = block.getFirstChild(); c != null; c = c.getNext()) {
                flattenInto(c, in);
            }
        }
    }

    private void blocks(org.commonmark.node.Node parent, VBox into) {
        for (org.commonmark.node.Node b = parent.getFirstChild(); b != null; b = b.getNext()) {
            Node node = block(b);
            if (node != null) {
                into.getChildren().add(node);
            }
        }
    }

    private Node block(org.commonmark.node.Node b) {
        if (b instanceof Paragraph p) {
            return paragraph(p, "md-paragraph");
        } else if (b instanceof Heading h) {
            Node n = paragraph(h, "md-heading");
            n.getStyleClass().add("md-h" + Math.min(6, h.getLevel()));
            return n;
        } else if (b instanceof BulletList || b instanceof OrderedList) {
            return list(b);
        } else if (b instanceof BlockQuote) {
            VBox q = new VBox();
            q.getStyleClass().add("md-blockquote");
            blocks(b, q);
            return q;
        } else if (b instanceof FencedCodeBlock f) {
            return codeBlock(MathPlaceholders.restore(f.getLiteral(), formulas));
        } else if (b instanceof IndentedCodeBlock c) {
            return codeBlock(MathPlaceholders.restore(c.getLiteral(), formulas));
        } else if (b instanceof HtmlBlock h) {
            return codeBlock(MathPlaceholders.restore(h.getLiteral(), formulas));
        } else if (b instanceof ThematicBreak) {
            Region rule = new Region();
            rule.getStyleClass().add("md-rule");
            return rule;
        } else if (b instanceof TableBlock t) {
            return table(t);
        } else if (b instanceof LinkReferenceDefinition) {
            return null;
        }
        VBox other = new VBox();
        blocks(b, other);
        return other;
    }

    /** A paragraph: one or more TextFlows, with display formulas centred between them. */
    private Node paragraph(org.commonmark.node.Node p, String styleClass) {
        VBox box = new VBox();
        box.getStyleClass().add(styleClass);
        Inlines in = new Inlines(box, styleClass);
        inlines(p, in, List.of());
        in.finish();
        if (box.getChildren().size() == 1 && box.getChildren().get(0) instanceof TextFlow only) {
            only.getStyleClass().add(styleClass);
            return only;
        }
        return box;
    }

    private Node codeBlock(String literal) {
        Label code = new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        code.getStyleClass().add("md-code-block");
        code.setMaxWidth(Double.MAX_VALUE);
        code.setWrapText(true);
        code.setMinHeight(Region.USE_PREF_SIZE);
        return code;
    }

    private Node list(org.commonmark.node.Node list) {
        VBox box = new VBox();
        box.getStyleClass().add(list instanceof OrderedList ? "md-ordered-list" : "md-bullet-list");
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? (number++) + "." : "\u2022");
            marker.getStyleClass().add("md-list-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox body = new VBox();
            body.getStyleClass().add("md-list-body");
            blocks(item, body);
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(marker, body);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private Node table(TableBlock t) {
        return MarkdownTable.of(t, (cell, in) -> inlines(cell, in, cell.isHeader() ? List.of("md-strong") : List.of()));
    }

    private void inlines(org.commonmark.node.Node parent, Inlines in, List<String> style) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n, in, style);
        }
    }

    private void inline(org.commonmark.node.Node n, Inlines in, List<String> style) {
        if (n instanceof org.commonmark.node.Text t) {
            for (MathPlaceholders.Piece piece : MathPlaceholders.split(t.getLiteral(), formulas)) {
                if (piece.isFormula()) {
                    rendered.add(piece.formula());
                    in.math(piece.formula());
                } else {
                    in.text(piece.text(), style);
                }
            }
        } else if (n instanceof Emphasis) {
            inlines(n, in, with(style, "md-em"));
        } else if (n instanceof StrongEmphasis) {
            inlines(n, in, with(style, "md-strong"));
        } else if (n instanceof Code c) {
            in.text(MathPlaceholders.restore(c.getLiteral(), formulas), with(style, "md-code"));
        } else if (n instanceof SoftLineBreak) {
            in.text(" ", style);
        } else if (n instanceof HardLineBreak) {
            in.text("\n", style);
        } else if (n instanceof org.commonmark.node.Image img) {
            in.node(image(img));
        } else if (n instanceof Link link) {
            int before = in.count();
            inlines(n, in, with(style, "md-link"));
            in.tooltip(before, link.getDestination());
        } else if (n instanceof HtmlInline h) {
            in.text(MathPlaceholders.restore(h.getLiteral(), formulas), style);
        } else {
            inlines(n, in, style);
        }
    }

    private Node image(org.commonmark.node.Image img) {
        String alt = altText(img);
        Path file = ctx.resolveImage(img.getDestination()).orElse(null);
        if (file != null) {
            Image image = new Image(file.toUri().toString());
            if (!image.isError()) {
                ImageView view = new ImageView(image);
                view.setPreserveRatio(true);
                view.setSmooth(true);
                if (image.getWidth() > MAX_IMAGE_WIDTH) {
                    view.setFitWidth(MAX_IMAGE_WIDTH);
                }
                view.getStyleClass().add("md-image");
                view.setAccessibleText(alt);
                if (!alt.isBlank()) {
                    Tooltip.install(view, new Tooltip(alt));
                }
                return view;
            }
        }
        Label missing = new Label("[image: " + (alt.isBlank() ? img.getDestination() : alt) + "]");
        missing.getStyleClass().add("md-image-missing");
        missing.setTooltip(new Tooltip("Image not found inside the lessons folder: " + img.getDestination()));
        return missing;
    }

    private String altText(org.commonmark.node.Node n) {
        StringBuilder sb = new StringBuilder();
        for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Text t) {
                sb.append(MathPlaceholders.restore(t.getLiteral(), formulas));
            } else {
                sb.append(altText(c));
            }
        }
        return sb.toString();
    }

    private static List<String> with(List<String> style, String add) {
        List<String> l = new ArrayList<>(style);
        l.add(add);
        return l;
    }
}
