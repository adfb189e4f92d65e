package org.ganclassroom.ui.lessons;

import javafx.scene.Node;
import org.ganclassroom.lesson.LessonBlock;

/**
 * Builds the node shown for a {@code ```simulator} block in a lesson. The live embedded simulator is another work
 * package: it registers itself with {@link SimulatorEmbeds#register}. Until then {@link DefaultSimulatorEmbed}
 * shows a card that opens the Simulator view.
 */
@FunctionalInterface
public interface SimulatorEmbedFactory {
    /** Called on the FX thread each time a lesson with the block is rendered. */
    Node create(LessonBlock.Simulator block);

    /** The theme live blocks follow (the Dirac-GAN portrait); light when the factory does not know the app's. */
    default javafx.beans.value.ObservableValue<org.ganclassroom.ui.Theme> theme() {
        return new javafx.beans.property.SimpleObjectProperty<>(org.ganclassroom.ui.Theme.LIGHT);
    }

    /** The scale of the live blocks' chart text (the app's text zoom); normal when the factory does not know it. */
    default javafx.beans.value.ObservableDoubleValue textScale() {
        return org.ganclassroom.ui.charts.ChartBase.NORMAL_TEXT;
    }
}
