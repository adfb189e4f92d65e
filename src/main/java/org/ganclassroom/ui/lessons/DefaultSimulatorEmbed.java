package org.ganclassroom.ui.lessons;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.Navigator;
import org.ganclassroom.ui.markdown.MarkdownView;
import org.ganclassroom.ui.markdown.RenderContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/**
 * Until the live embedded simulator exists: a card naming the experiment (preset, chips, caption) with a button that
 * opens the Simulator view. It says plainly that it is not live.
 */
public final class DefaultSimulatorEmbed implements SimulatorEmbedFactory {
    private final Navigator navigator;

    public DefaultSimulatorEmbed(Navigator navigator) {
        this.navigator = navigator;
    }

    @Override
    public Node create(LessonBlock.Simulator block) {
        VBox card = card(block);
        Label note = new Label("Run this experiment in the Simulator view.");
        note.getStyleClass().add("block-note");
        note.setWrapText(true);
        Button open = new Button("Open in Simulator", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        open.getStyleClass().add("accent");
        open.setTooltip(new Tooltip("Switch to the Simulator view (" + "Ctrl+" + AppView.SIMULATOR.number() + ")"));
        open.setOnAction(e -> navigator.open(AppView.SIMULATOR));
        open.setId("open-simulator");
        card.getChildren().addAll(note, open);
        return card;
    }

    /** The block's card without actions: preset, chips, frozen-G badge and caption. Live embeds add to it. */
    public static VBox card(LessonBlock.Simulator block) {
        FontIcon icon = new FontIcon(MaterialDesignC.CHART_BELL_CURVE);
        icon.getStyleClass().add("block-icon");
        Label title = new Label("Experiment: " + block.preset());
        title.getStyleClass().add("block-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, icon, title, grow);
        head.setAlignment(Pos.CENTER_LEFT);

        FlowPane chips = new FlowPane(6, 6);
        chips.getStyleClass().add("sim-chips");
        if (block.freezeGenerator()) {
            chips.getChildren().add(chip("generator frozen", "Only the discriminator trains"));
        }
        for (String c : block.chips()) {
            chips.getChildren().add(chip(c, "Lab chip switched on at start"));
        }

        VBox card = new VBox(10, head);
        card.getStyleClass().addAll("lesson-block", "simulator-card");
        if (!chips.getChildren().isEmpty()) {
            card.getChildren().add(chips);
        }
        if (block.caption() != null && !block.caption().isBlank()) {
            Node caption = MarkdownView.render(block.caption(), RenderContext.PLAIN);
            caption.getStyleClass().add("sim-caption");
            card.getChildren().add(caption);
        }
        return card;
    }

    private static Label chip(String text, String tip) {
        Label l = new Label(text);
        l.getStyleClass().add("sim-chip");
        l.setTooltip(new Tooltip(tip));
        return l;
    }
}
