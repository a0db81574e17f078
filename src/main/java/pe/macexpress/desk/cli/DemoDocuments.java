package pe.macexpress.desk.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Documents for demo captures, drawn with java.awt without a screen: a fictitious electricity
 * receipt (as a phone photo of one would show it) and a signature. Marked as practice material.
 */
final class DemoDocuments {
    private DemoDocuments() {
    }

    /** A receipt of "Electro Práctica S.A.A." as PNG, 1200×1700 (re-encoded to JPEG when saved). */
    static byte[] receipt(Random random, String holder, LocalDate issued) {
        BufferedImage img = new BufferedImage(1200, 1700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(238 + random.nextInt(10), 236 + random.nextInt(10), 226));
            g.fillRect(0, 0, 1200, 1700);
            g.setColor(new Color(0, 84, 150));
            g.fillRect(60, 60, 1080, 140);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 54));
            g.drawString("ELECTRO PRÁCTICA S.A.A.", 100, 150);
            g.setColor(new Color(30, 30, 30));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            g.drawString("RECIBO DE LUZ - DOCUMENTO FICTICIO", 100, 280);
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 34));
            String[] lines = {
                "Titular: " + holder,
                "Suministro: " + (1_000_000 + random.nextInt(8_999_999)),
                "Emisión: " + issued,
                "Consumo: " + (40 + random.nextInt(160)) + " kWh",
                "Cargo fijo ........ S/   3.50",
                "Energía ........... S/  " + (20 + random.nextInt(70)) + "." + (10 + random.nextInt(89)),
                "Alumbrado público . S/   4.20",
                "IGV ............... S/   " + (4 + random.nextInt(9)) + "." + (10 + random.nextInt(89)),
            };
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], 100, 400 + i * 70);
            }
            g.setStroke(new BasicStroke(3));
            g.drawLine(100, 990, 1100, 990);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
            g.drawString("TOTAL A PAGAR  S/ " + (40 + random.nextInt(90)) + ".00", 100, 1080);
            for (int x = 100; x < 1100; x += 6 + random.nextInt(8)) {
                g.fillRect(x, 1200, 2 + random.nextInt(4), 160);
            }
            g.setColor(new Color(176, 20, 28));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
            g.drawString("PRÁCTICA - MAC EXPRESS - SIN VALOR", 120, 1500);
        } finally {
            g.dispose();
        }
        return png(img);
    }

    /** A scribble on a transparent pad, as the signature pad exports it. */
    static byte[] signature(Random random) {
        BufferedImage img = new BufferedImage(460, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(20, 20, 60));
            g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int n = 10;
            int[] xs = new int[n];
            int[] ys = new int[n];
            for (int i = 0; i < n; i++) {
                xs[i] = 30 + i * 40 + random.nextInt(20);
                ys[i] = 40 + random.nextInt(90);
            }
            g.drawPolyline(xs, ys, n);
        } finally {
            g.dispose();
        }
        return png(img);
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
