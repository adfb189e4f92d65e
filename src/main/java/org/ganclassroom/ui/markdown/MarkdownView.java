package org.ganclassroom.ui.markdown;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import java.net.URL;

/**
 * Markdown (CommonMark + GFM tables) with inline {@code $…$} and display {@code $$…$$} LaTeX → JavaFX nodes.
 * <p>Text is styled by {@code markdown.css} (added to every node returned here) with the theme's {@code -color-*}
 * variables; sizes are in {@code em}, so everything — formulas included — follows the inherited font size.
 * <pre>{@code
 * Node body  = MarkdownView.render(markdown, RenderContext.forFolder(lessonsDir));
 * TextFlow q = MarkdownView.renderInline("Is $D^*(x) = 1/2$?", RenderContext.PLAIN);
 * }</pre>
 */
public final class MarkdownView {
    private static final String STYLESHEET = stylesheet();

    private MarkdownView() {
    }

    /** Renders Markdown blocks into a VBox (style class {@code md}). Never throws for odd input. */
    public static VBox render(String markdown, RenderContext ctx) {
        VBox box = new MarkdownRenderer(ctx).render(markdown == null ? "" : markdown);
        box.getStylesheets().add(STYLESHEET);
        return box;
    }

    /**
     * Renders one line of Markdown (a heading, a quiz choice, a statement) as a single TextFlow: emphasis, code and
     * maths are kept, block structure is flattened.
     */
    public static TextFlow renderInline(String markdown, RenderContext ctx) {
        TextFlow flow = new MarkdownRenderer(ctx).renderInline(markdown == null ? "" : markdown);
        flow.getStylesheets().add(STYLESHEET);
        return flow;
    }

    /** A display formula node (centred by its container); errors show as red text. */
    public static Node displayMath(String latex) {
        MathView view = new MathView(latex, true);
        view.getStylesheets().add(STYLESHEET);
        return view;
    }

    /** The renderer's stylesheet, for views that build their own nodes around rendered Markdown. */
    public static String stylesheetUrl() {
        return STYLESHEET;
    }

    private static String stylesheet() {
        URL url = MarkdownView.class.getResource("markdown.css");
        if (url == null) {
            throw new IllegalStateException("markdown.css is missing");
        }
        return url.toExternalForm();
    }
}
