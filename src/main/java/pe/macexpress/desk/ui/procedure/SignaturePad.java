package pe.macexpress.desk.ui.procedure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javax.imageio.ImageIO;

/**
 * A pad the citizen signs on with a finger or a stylus (touch arrives as mouse events in JavaFX),
 * or with the mouse where there is no touch screen. {@link #png()} gives what was drawn.
 */
final class SignaturePad extends StackPane {
    static final double WIDTH = 460;
    static final double HEIGHT = 160;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private boolean drawn;

    SignaturePad() {
        getStyleClass().add("signature-pad");
        setStyle("-fx-background-color: white; -fx-border-color: #8a96a5; -fx-border-width: 1;");
        setMaxSize(WIDTH + 2, HEIGHT + 2);
        setMinSize(WIDTH + 2, HEIGHT + 2);
        getChildren().add(canvas);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setStroke(Color.web("#14143c"));
        g.setLineWidth(3);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            g.beginPath();
            g.moveTo(e.getX(), e.getY());
            g.stroke();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            g.lineTo(e.getX(), e.getY());
            g.stroke();
            drawn = true;
        });
    }

    boolean isDrawn() {
        return drawn;
    }

    void clear() {
        canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
        drawn = false;
    }

    /** The strokes as PNG, on white. */
    byte[] png() {
        WritableImage snapshot = canvas.snapshot(null, null);
        PixelReader pixels = snapshot.getPixelReader();
        int w = (int) snapshot.getWidth();
        int h = (int) snapshot.getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
