package org.ganclassroom.ui.markdown;

import org.ganclassroom.lesson.LoopbackListener;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The renderer is safe even for a lesson the checker never saw (issue 19, items 1 and 2): lesson maths loads no
 * URL or file, and an image linked out of the lessons folder is not shown.
 */
@ExtendWith(ApplicationExtension.class)
class RendererSandboxTest {
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;
    private LoopbackListener server;
    private StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        stage.setScene(new Scene(host, 600, 400));
        stage.show();
    }

    @BeforeEach
    void listen() throws IOException {
        server = new LoopbackListener();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private List<MathView> showMaths(FxRobot robot, String markdown, RenderContext ctx) {
        AtomicReference<Node> out = new AtomicReference<>();
        robot.interact(() -> {
            Node n = MarkdownView.render(markdown, ctx);
            host.getChildren().setAll(n);
            host.applyCss();
            host.layout();
            out.set(n);
        });
        return out.get().lookupAll(".md-math").stream().map(MathView.class::cast).toList();
    }

    @Test
    void includegraphicsIsInertInTheRenderer(FxRobot robot) throws IOException {
        Path png = Files.write(elsewhere.resolve("secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String url = server.imageUrl();
        List<MathView> maths = showMaths(robot, "A $\\includegraphics{" + url + "}$ and $$\\includegraphics{" + png
                + "}$$ and $x^2$.", RenderContext.PLAIN);
        assertEquals(3, maths.size());
        assertTrue(maths.get(0).isError() && maths.get(1).isError(), "includegraphics must not draw");
        assertTrue(maths.get(0).getText().contains("\\includegraphics is not allowed"), maths.get(0).getText());
        assertTrue(!maths.get(2).isError(), "ordinary maths still renders");
        assertEquals(0, server.connections());
    }

    @Test
    void deepMathsIsAnErrorNotAStackOverflow(FxRobot robot) {
        List<MathView> maths = showMaths(robot, "$$" + "\\frac{".repeat(3_000) + "1" + "}{2}".repeat(3_000) + "$$",
                RenderContext.PLAIN);
        assertTrue(maths.get(0).isError());
    }

    @Test
    void anImageLinkedOutsideTheFolderIsNotShown(FxRobot robot) throws IOException {
        Path secret = elsewhere.resolve("secret.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", secret.toFile());
        Files.createDirectories(dir.resolve("images"));
        Files.createSymbolicLink(dir.resolve("images/cat.png"), secret);
        Files.copy(secret, dir.resolve("images/real.png"));
        RenderContext ctx = RenderContext.forFolder(dir);
        assertTrue(ctx.resolveImage("images/cat.png").isEmpty());
        AtomicReference<Node> out = new AtomicReference<>();
        robot.interact(() -> out.set(MarkdownView.render("![cat](images/cat.png) ![real](images/real.png)", ctx)));
        assertEquals(1, out.get().lookupAll(".md-image-missing").size());
        assertEquals(1, out.get().lookupAll(".md-image").stream().filter(n -> n instanceof ImageView).count());
    }
}
