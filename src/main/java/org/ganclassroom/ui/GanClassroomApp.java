package org.ganclassroom.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application. For now a placeholder window; the shell with its views comes with the simulator issue. */
public final class GanClassroomApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(GanClassroomApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("GAN Classroom");
        title.setId("title");
        title.setStyle("-fx-font-size: 32px;");
        stage.setTitle("GAN Classroom");
        stage.setScene(new Scene(new StackPane(title), 1200, 800));
        stage.show();
    }
}
