package pe.macexpress.desk.sandbox;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** A 160×224 JPEG silhouette, like RENIEC's photo size, tinted per citizen. No face, no person. */
final class PhotoPlaceholder {
    private PhotoPlaceholder() {
    }

    static byte[] jpeg(int seed) {
        BufferedImage img = new BufferedImage(160, 224, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = (seed % 12) / 12f;
            g.setColor(Color.getHSBColor(hue, 0.15f, 0.95f));
            g.fillRect(0, 0, 160, 224);
            g.setColor(Color.getHSBColor(hue, 0.35f, 0.45f));
            g.fillOval(45, 40, 70, 84);
            g.fillRoundRect(20, 140, 120, 110, 60, 60);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("in-memory JPEG encoding failed", e);
        }
    }
}
