package org.ganclassroom.ui.common;

import javafx.fxml.FXMLLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/** Loads an FXML file next to its controller class, with a controller instance the caller built (its view model injected). */
public final class FxmlLoading {
    private FxmlLoading() {
    }

    public static <C> C load(Class<?> owner, String fxml, C controller) {
        URL url = owner.getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("missing FXML resource " + fxml + " next to " + owner.getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(fxml + " asks for controller " + type.getName()
                        + " but was given " + controller.getClass().getName());
            }
            return controller;
        });
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + fxml, e);
        }
        return controller;
    }
}
