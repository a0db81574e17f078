package pe.macexpress.desk.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.sandbox.TrainingData;

/** Images and filled forms for capture tests: the test catalogue's {@code sis-afiliacion}. */
public final class CaptureSamples {
    private CaptureSamples() {
    }

    /** Valid answers for every typed field of {@code sis-afiliacion/1}, as an advisor would type them. */
    public static Map<String, String> sisAnswers() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("nombre", "Rosa Quispe Mamani");
        a.put("hijos", "2");
        a.put("nacimiento", "15/03/1990");
        a.put("estado_civil", "casado");
        a.put("telefono", "987 654 321");
        a.put("correo", "rosa.quispe@example.pe");
        a.put("dni_titular", "12345678");
        a.put("ubigeo", "080101");
        a.put("gestante", "no");
        return a;
    }

    public static Visit visit() {
        return visit(Instant.now());
    }

    public static Visit visit(Instant start) {
        return new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT,
                Document.parse(DocumentType.PASAPORTE, "AB123456", "").document(), null, "ROSA QUISPE", start);
    }

    /** A noisy photo-like picture (so JPEG has work to do), encoded as {@code format}. */
    public static byte[] image(int width, int height, String format, long seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(230, 225, 210));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 200; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
            g.fillRect(r.nextInt(width), r.nextInt(height), 1 + r.nextInt(width / 4 + 1), 1 + r.nextInt(height / 8 + 1));
        }
        g.dispose();
        return encode(img, format);
    }

    public static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG with an EXIF APP1 segment carrying a GPS tag and a recognisable marker string, as a
     * phone writes it: inserted right after the SOI marker.
     */
    public static byte[] jpegWithExif(int width, int height, String marker) {
        byte[] jpeg = image(width, height, "jpg", 7);
        byte[] tiff = ("II*\u0000\u0008\u0000\u0000\u0000" + "GPSLatitude " + marker).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] exifHeader = "Exif\u0000\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return withApp1(jpeg, exifHeader, tiff);
    }

    /**
     * A phone photo stored sideways: left half red, right half blue, with EXIF Orientation
     * {@code orientation} (6: turn 90° clockwise to show it upright).
     */
    public static byte[] sidewaysJpeg(int width, int height, int orientation) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        byte[] jpeg = encode(img, "jpg");
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0,
            0, 0, 0, 0};
        byte[] exifHeader = {'E', 'x', 'i', 'f', 0, 0};
        return withApp1(jpeg, exifHeader, tiff);
    }

    /** A signature as the drawing pad exports it: dark strokes on a transparent canvas, PNG. */
    public static byte[] signaturePng() {
        BufferedImage img = new BufferedImage(600, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 20, 60));
        g.setStroke(new java.awt.BasicStroke(3));
        g.drawPolyline(new int[] {40, 90, 130, 180, 240, 300, 380, 450}, new int[] {150, 60, 140, 70, 130, 80, 120, 90}, 8);
        g.dispose();
        return encode(img, "png");
    }

    /** {@code jpeg} with an EXIF APP1 segment inserted right after its SOI marker, as a phone writes it. */
    private static byte[] withApp1(byte[] jpeg, byte[] exifHeader, byte[] tiff) {
        int length = 2 + exifHeader.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exifHeader);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
