package org.ganclassroom.ui.markdown;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {
    private StackPane host;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        host = new StackPane();
        host.setStyle("-fx-font-size: 14px;");
        stage.setScene(new Scene(host, 700, 500));
        stage.show();
    }

    /** Renders on the FX thread inside a styled scene and lays it out. */
    private Node show(FxRobot robot, String markdown) {
        AtomicReference<Node> out = new AtomicReference<>();
        robot.interact(() -> {
            Node n = MarkdownView.render(markdown, RenderContext.PLAIN);
            host.getChildren().setAll(n);
            host.applyCss();
            host.layout();
            out.set(n);
        });
        return out.get();
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node n, Class<T> type, List<T> found) {
        if (type.isInstance(n)) {
            found.add(type.cast(n));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, type, found);
            }
        }
    }

    private static String text(Node root) {
        return all(root, Text.class).stream().map(Text::getText).collect(Collectors.joining());
    }

    @Test
    void inlineAndDisplayMathsBecomeImagesOfPlausibleSize() {
        ImageView inline = MathImage.inline("x^2", 20, Color.BLACK);
        ImageView display = MathImage.display("\\sum_{i=1}^{n} \\frac{a_i}{b_i}", 20, Color.BLACK);
        double iw = inline.getImage().getWidth();
        double ih = inline.getImage().getHeight();
        assertTrue(iw > 8 && iw < 80, "inline width " + iw);
        assertTrue(ih > 10 && ih < 50, "inline height " + ih);
        assertTrue(display.getImage().getHeight() > ih * 1.5, "display maths is taller: " + display.getImage().getHeight());
        assertTrue(MathImage.inline("x^2", 40, Color.BLACK).getImage().getHeight() > ih * 1.6, "scales with the size");
        // something was actually drawn, in the requested colour
        assertTrue(hasOpaquePixel(inline, Color.BLACK));
    }

    private static boolean hasOpaquePixel(ImageView v, Color near) {
        var r = v.getImage().getPixelReader();
        for (int y = 0; y < v.getImage().getHeight(); y++) {
            for (int x = 0; x < v.getImage().getWidth(); x++) {
                Color c = r.getColor(x, y);
                if (c.getOpacity() > 0.9 && Math.abs(c.getRed() - near.getRed()) < 0.1
                        && Math.abs(c.getBlue() - near.getBlue()) < 0.1) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void renderedImagesAreCachedBySizeAndColour() {
        MathImage.Rendered a = MathImage.render("\\alpha+\\beta", 17, Color.RED, false);
        assertSame(a, MathImage.render("\\alpha+\\beta", 17, Color.RED, false));
        assertNotSame(a, MathImage.render("\\alpha+\\beta", 17, Color.BLUE, false));
        assertNotEquals(a.image().getWidth(), MathImage.render("\\alpha+\\beta", 34, Color.RED, false).image().getWidth());
    }

    @Test
    void markdownMathsSitsInTheTextFlowOnTheBaseline(FxRobot robot) {
        Node md = show(robot, "The value $V(D,G)$ of the game, and $$\\max_D V(D,G)$$ centred.");
        List<MathView> maths = all(md, MathView.class);
        assertEquals(2, maths.size());
        MathView inline = maths.get(0);
        assertFalse(inline.isDisplay());
        assertTrue(inline.getParent() instanceof TextFlow, "inline maths is in the text flow");
        assertTrue(maths.get(1).isDisplay());
        assertFalse(maths.get(1).getParent() instanceof TextFlow, "display maths is its own centred block");
        // baseline: the formula's baseline is where the text's baseline is
        Text before = all(md, Text.class).get(0);
        robot.interact(() -> {
            double textBase = before.localToScene(0, before.getBaselineOffset()).getY();
            double mathBase = inline.localToScene(0, inline.getBaselineOffset()).getY();
            assertEquals(textBase, mathBase, 1.5, "baselines of text and formula");
        });
    }

    @Test
    void mathsFollowsTheFontSizeAndTheThemeColour(FxRobot robot) {
        Node md = show(robot, "Size $x^2$ here");
        MathView m = all(md, MathView.class).get(0);
        double h14 = m.rendered().image().getHeight();
        Color light = (Color) m.getTextFill();
        robot.interact(() -> {
            host.setStyle("-fx-font-size: 28px;");
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            host.applyCss();
            host.layout();
        });
        try {
            assertTrue(m.rendered().image().getHeight() > h14 * 1.6, "zoomed formula " + m.rendered().image().getHeight());
            Color dark = (Color) m.getTextFill();
            assertTrue(dark.getBrightness() > 0.7 && light.getBrightness() < 0.4, light + " -> " + dark);
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        }
    }

    @Test
    void aBadFormulaGivesARedErrorNodeAndNoException(FxRobot robot) {
        Node md = show(robot, "Broken $\\frac{a}{$ and $\\notacommand{x}$ but fine $y$.");
        List<MathView> maths = all(md, MathView.class);
        assertEquals(3, maths.size(), "the text around the bad formulas is still there: " + text(md));
        MathView bad = maths.get(1);
        assertTrue(bad.isError());
        assertTrue(bad.getText().contains("notacommand"), bad.getText());
        Color c = (Color) bad.getTextFill();
        assertTrue(c.getRed() > 0.6 && c.getGreen() < 0.4, "error text is red: " + c);
        assertFalse(maths.get(2).isError());
        ImageView img = MathImage.inline("\\notacommand", 14, Color.BLACK);
        assertTrue(img.getStyleClass().contains("md-math-error"));
        assertTrue(img.getImage().getWidth() > 50);
    }

    @Test
    void tablesBecomeGrids(FxRobot robot) {
        Node md = show(robot, """
                | a | b | c |
                |---|:-:|--:|
                | 1 | $x$ | 3 |
                | 4 | 5 | **6** |
                """);
        List<GridPane> grids = all(md, GridPane.class);
        assertEquals(1, grids.size());
        GridPane g = grids.get(0);
        assertEquals(9, g.getChildren().size());
        assertEquals(3, g.getColumnConstraints().size());
        assertEquals(1, all(g, MathView.class).size());
        assertTrue(g.getChildren().get(0).getStyleClass().contains("md-table-header"));
        robot.interact(() -> assertTrue(g.getWidth() > 60 && g.getHeight() > 40, g.getWidth() + "x" + g.getHeight()));
    }

    @Test
    void aLongTableWrapsInsideTheWidthItIsGiven(FxRobot robot) {
        String longCell = "Turns random noise into a data-like sample, for example a fake image of a face that "
                + "should fool the detective, and learns only from the detective's reactions to its fakes";
        String markdown = "Some text before the table that should wrap too.\n\n| Component | Role |\n|---|---|\n"
                + "| Generator | " + longCell + " |\n| Discriminator | " + longCell + " |\n";
        // a 600 px column, whatever size earlier tests left the shared stage at
        javafx.scene.layout.Region md = inColumn(robot, markdown, 600);
        GridPane g = all(md, GridPane.class).get(0);
        robot.interact(() -> {
            assertTrue(g.prefWidth(-1) > 600, "the test needs a table wider than its column: " + g.prefWidth(-1));
            assertTrue(md.getWidth() <= 600.5, "lesson " + md.getWidth() + " px wide in a 600 px column");
            assertTrue(g.getWidth() <= 600.5, "table " + g.getWidth() + " px wide in a 600 px column");
            assertTrue(g.getHeight() > 3 * 20, "the long cells wrap onto several lines: " + g.getHeight());
            Node first = g.getChildren().get(0);
            assertTrue(first.getLayoutBounds().getWidth() >= first.prefWidth(-1) - 0.5,
                    "the short first column keeps its natural width, so its words do not break");
        });
    }

    @Test
    void aDisplayFormulaWiderThanItsColumnShrinksToFitAndKeepsTheTextInside(FxRobot robot) {
        String markdown = "A paragraph that must wrap inside its column, however wide the formula below it is.\n\n"
                + "$$D_f(P \\| Q) = \\int q(x)\\, f\\!\\left(\\frac{p(x)}{q(x)}\\right) dx, \\qquad f \\text{ convex},"
                + " \\quad f(1) = 0, \\quad d_{\\mathcal H}(P, Q) = \\sup_{h \\in \\mathcal H} |E_P h - E_Q h|$$\n";
        javafx.scene.layout.Region md = inColumn(robot, markdown, 300);
        MathView formula = all(md, MathView.class).get(0);
        robot.interact(() -> {
            assertTrue(formula.prefWidth(-1) > 300, "the test needs a formula wider than its column: "
                    + formula.prefWidth(-1));
            assertTrue(md.getWidth() <= 300.5, "lesson " + md.getWidth() + " px wide in a 300 px column");
            javafx.geometry.Bounds drawn = md.sceneToLocal(formula.localToScene(formula.getBoundsInLocal()));
            assertTrue(drawn.getMinX() >= -0.5 && drawn.getMaxX() <= md.getWidth() + 0.5,
                    "the formula is drawn inside the column: " + drawn);
            assertTrue(drawn.getHeight() > 5 && drawn.getHeight() < formula.prefHeight(-1),
                    "smaller, not hidden: " + drawn.getHeight() + " of " + formula.prefHeight(-1));
            assertTrue(drawn.getMaxY() <= md.getHeight() + 0.5, "and the box is as tall as what it draws");
        });
    }

    @Test
    void escapedDollarStaysADollarAndCodeSpansKeepTheirDollars(FxRobot robot) {
        Node md = show(robot, "It costs \\$5, `echo $HOME` and `$x$` in code.");
        assertTrue(all(md, MathView.class).isEmpty(), "no maths");
        String t = text(md);
        assertTrue(t.contains("costs $5,"), t);
        List<Text> code = all(md, Text.class).stream().filter(x -> x.getStyleClass().contains("md-code")).toList();
        assertEquals(List.of("echo $HOME", "$x$"), code.stream().map(Text::getText).toList());
    }

    @Test
    void headingsListsEmphasisAndQuotes(FxRobot robot) {
        Node md = show(robot, """
                ### Small heading

                Some *italic* and **bold** text.

                1. first
                2. second

                - bullet with $a$

                > a quote
                """);
        assertEquals(1, md.lookupAll(".md-h3").size());
        assertTrue(all(md, Text.class).stream().anyMatch(t -> t.getText().equals("italic") && t.getStyleClass().contains("md-em")));
        assertTrue(all(md, Text.class).stream().anyMatch(t -> t.getText().equals("bold") && t.getStyleClass().contains("md-strong")));
        assertEquals(1, md.lookupAll(".md-ordered-list").size());
        assertEquals(3, md.lookupAll(".md-list-item").size());
        assertEquals(1, md.lookupAll(".md-blockquote").size());
        assertTrue(md.lookupAll(".md-list-marker").stream().map(n -> ((javafx.scene.control.Label) n).getText())
                .toList().containsAll(List.of("1.", "2.")));
    }

    @Test
    void imagesOnlyFromTheLessonsFolder(FxRobot robot) {
        Node md = show(robot, "![outside](../../etc/passwd) ![web](http://example.com/x.png)");
        assertEquals(2, md.lookupAll(".md-image-missing").size());
        assertTrue(RenderContext.forFolder(java.nio.file.Path.of("target")).resolveImage("../pom.xml").isEmpty());
    }

    /** Renders markdown inside a column of the given width on the shared stage, laid out. */
    private javafx.scene.layout.Region inColumn(FxRobot robot, String markdown, double width) {
        AtomicReference<javafx.scene.layout.Region> md = new AtomicReference<>();
        robot.interact(() -> {
            md.set(MarkdownView.render(markdown, RenderContext.PLAIN));
            StackPane column = new StackPane(md.get());
            column.setMaxWidth(width);
            host.getChildren().setAll(column);
            host.applyCss();
            host.layout();
        });
        return md.get();
    }
}
