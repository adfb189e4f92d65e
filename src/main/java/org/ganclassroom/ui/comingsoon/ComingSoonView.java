package org.ganclassroom.ui.comingsoon;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.Page;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Thin controller of {@code ComingSoon.fxml}: a centred card with the view's icon, name and purpose. */
public final class ComingSoonView implements Page {
    private final ComingSoonViewModel viewModel;

    @FXML
    private StackPane root;
    @FXML
    private FontIcon icon;
    @FXML
    private Label title;
    @FXML
    private Label description;
    @FXML
    private Label badge;

    public ComingSoonView(ComingSoonViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the FXML and returns the page. */
    public static ComingSoonView create(ComingSoonViewModel viewModel) {
        return FxmlLoading.load(ComingSoonView.class, "ComingSoon.fxml", new ComingSoonView(viewModel));
    }

    @FXML
    private void initialize() {
        root.setId("page-" + viewModel.view().id());
        icon.iconCodeProperty().bind(viewModel.iconProperty());
        title.textProperty().bind(viewModel.titleProperty());
        description.textProperty().bind(viewModel.descriptionProperty());
        badge.textProperty().bind(viewModel.badgeProperty());
    }

    @Override
    public String name() {
        return viewModel.view().displayName();
    }

    @Override
    public Ikon icon() {
        return viewModel.view().icon();
    }

    @Override
    public Parent getView() {
        return root;
    }
}
