package pe.macexpress.desk.procedure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns whatever the advisor chose (a phone photo, a scanner's TIFF, a drawn signature) into a
 * bounded document: decoded, scaled so its long side is at most {@value #LONG_SIDE} px, and
 * encoded anew. Re-encoding is also what strips the metadata: the encoder writes pixels only, so
 * a photo's EXIF (GPS position, camera serial, time) never leaves the counter.
 *
 * <p>Photos and scans become JPEG (quality {@value #QUALITY}): a 12-megapixel photo of a receipt
 * ends near 200–400 KB. Signatures stay PNG: a few dark strokes on white compress better lossless
 * (often under 20 KB) and JPEG would blur the strokes a later check compares.
 *
 * <p>What is an image is decided by the bytes (an ImageIO reader must recognise them), never by
 * the file's name.
 */
public final class DocumentImages {
    public static final int LONG_SIDE = 1600;
    public static final long MAX_INPUT_BYTES = 25L * 1024 * 1024;
    /** Refused before decoding: a small file can claim a huge canvas (a decompression bomb). */
    static final long MAX_PIXELS = 60_000_000L;
    static final float QUALITY = 0.85f;
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private DocumentImages() {
    }

    /** A photo or scan from a file (a file chooser, the scanner's folder). */
    public static PreparedDocument fromFile(Path file) {
        try {
            if (Files.size(file) > MAX_INPUT_BYTES) {
                throw new DocumentRejected(DocumentRejected.TOO_LARGE);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return photo(in.readNBytes((int) MAX_INPUT_BYTES + 1));
            }
        } catch (IOException e) {
            throw new DocumentRejected(DocumentRejected.UNREADABLE, e);
        }
    }

    /** A photo or scan as bytes: re-encoded to JPEG. */
    public static PreparedDocument photo(byte[] input) {
        BufferedImage scaled = flatten(bounded(ExifOrientation.upright(decode(input), ExifOrientation.of(input))));
        return prepared(JPEG, encodeJpeg(scaled), scaled);
    }

    /** A signature drawn on the screen (PNG bytes from the drawing pad): re-encoded to PNG. */
    public static PreparedDocument signature(byte[] png) {
        BufferedImage scaled = flatten(bounded(decode(png)));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(scaled, "png", out);
            return prepared(PNG, out.toByteArray(), scaled);
        } catch (IOException e) {
            throw new DocumentRejected(DocumentRejected.UNREADABLE, e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedDocument prepared(String mediaType, byte[] bytes, BufferedImage image) {
        return new PreparedDocument(mediaType, bytes, sha256(bytes), image.getWidth(), image.getHeight());
    }

    private static BufferedImage decode(byte[] input) {
        if (input.length > MAX_INPUT_BYTES) {
            throw new DocumentRejected(DocumentRejected.TOO_LARGE);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(input))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DocumentRejected(DocumentRejected.NOT_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new DocumentRejected(DocumentRejected.TOO_LARGE);
                }
                // A 50-megapixel photo is read at most at twice the final size: the pixels skipped
                // never reach memory, and the halving steps that follow still smooth the rest.
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(width, height) / (2 * LONG_SIDE);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new DocumentRejected(DocumentRejected.NOT_IMAGE);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRejected r) {
                throw r;
            }
            // A reader recognised the header but could not decode the rest (truncated, CMYK, …).
            throw new DocumentRejected(DocumentRejected.UNREADABLE, e);
        }
    }

    /**
     * Scaled so the long side is at most {@value #LONG_SIDE} px, halving step by step: one big
     * bilinear jump from 4000 px would alias the fine print of a receipt.
     */
    static BufferedImage bounded(BufferedImage image) {
        BufferedImage current = image;
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (longSide <= LONG_SIDE) {
            return image;
        }
        double scale = (double) LONG_SIDE / longSide;
        int targetW = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int targetH = Math.max(1, (int) Math.round(image.getHeight() * scale));
        int w = current.getWidth();
        int h = current.getHeight();
        do {
            w = Math.max(targetW, w / 2);
            h = Math.max(targetH, h / 2);
            current = draw(current, w, h, BufferedImage.TYPE_INT_ARGB);
        } while (w != targetW || h != targetH);
        return current;
    }

    /** Opaque RGB on white: JPEG has no transparency, and a transparent signature would turn black. */
    static BufferedImage flatten(BufferedImage image) {
        return draw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    }

    private static BufferedImage draw(BufferedImage from, int w, int h, int type) {
        BufferedImage to = new BufferedImage(w, h, type);
        Graphics2D g = to.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            g.drawImage(from, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return to;
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new DocumentRejected(DocumentRejected.UNREADABLE, e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
