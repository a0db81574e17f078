package pe.macexpress.desk.procedure;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A phone stores a photo as the sensor saw it and writes how to turn it in the EXIF "Orientation"
 * tag. Re-encoding drops EXIF (on purpose: GPS), so the turn is applied to the pixels first, or a
 * receipt photographed upright would reach the entity lying on its side.
 */
final class ExifOrientation {
    static final int NORMAL = 1;
    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {
    }

    /** The Orientation tag (1–8) of a JPEG's EXIF segment; {@link #NORMAL} when absent or unreadable. */
    static int of(byte[] jpeg) {
        try {
            if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
                return NORMAL;
            }
            int i = 2;
            while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
                int marker = jpeg[i + 1] & 0xFF;
                int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
                if (marker == 0xDA || length < 2) {
                    return NORMAL; // image data starts: no EXIF before it
                }
                if (marker == 0xE1 && length >= 8 && i + 10 <= jpeg.length
                        && new String(jpeg, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif")) {
                    return fromTiff(jpeg, i + 10, Math.min(jpeg.length, i + 2 + length));
                }
                i += 2 + length;
            }
        } catch (RuntimeException e) {
            // A damaged EXIF segment is no reason to refuse the photo: take it as it is.
        }
        return NORMAL;
    }

    private static int fromTiff(byte[] b, int start, int end) {
        boolean little = b[start] == 'I';
        int ifd = start + read(b, start + 4, 4, little);
        int entries = read(b, ifd, 2, little);
        for (int e = 0; e < entries; e++) {
            int entry = ifd + 2 + e * 12;
            if (entry + 12 > end) {
                break;
            }
            if (read(b, entry, 2, little) == TAG_ORIENTATION) {
                int value = read(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int read(byte[] b, int at, int bytes, boolean little) {
        int v = 0;
        for (int k = 0; k < bytes; k++) {
            int octet = b[at + (little ? bytes - 1 - k : k)] & 0xFF;
            v = (v << 8) | octet;
        }
        return v;
    }

    /** The image turned upright; mirrored orientations (2, 4, 5, 7: no phone writes them) are mirrored back too. */
    static BufferedImage upright(BufferedImage img, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return img;
        }
        int w = img.getWidth();
        int h = img.getHeight();
        boolean swap = orientation >= 5;
        // Where the stored pixel (x, y) lands: x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(img, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
