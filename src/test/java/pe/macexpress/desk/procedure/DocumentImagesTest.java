package pe.macexpress.desk.procedure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.testing.CaptureSamples;

/** Documents are bounded, stripped of metadata, hashed, and kept privately; what is not an image is refused. */
class DocumentImagesTest {
    @TempDir
    Path dir;

    @Test
    void aLargePngBecomesAJpegWhoseLongSideIsAtMost1600() throws IOException {
        byte[] png = CaptureSamples.image(4000, 3000, "png", 1);
        long t0 = System.nanoTime();
        PreparedDocument d = DocumentImages.photo(png);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertEquals("image/jpeg", d.mediaType());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(d.bytes()));
        assertEquals(1600, back.getWidth());
        assertEquals(1200, back.getHeight());
        assertEquals(1600, d.width());
        assertEquals((byte) 0xFF, d.bytes()[0]);
        assertEquals((byte) 0xD8, d.bytes()[1]);
        assertTrue(d.size() < png.length, d.size() + " B from " + png.length + " B");
        System.out.printf("4000x3000 PNG %d B -> %dx%d JPEG %d B in %d ms%n", png.length, back.getWidth(), back.getHeight(),
                d.size(), ms);
    }

    @Test
    void aVeryLargePhotoIsReadSubsampledAndStillBoundedExactly() throws IOException {
        PreparedDocument d = DocumentImages.photo(CaptureSamples.image(8160, 6120, "jpg", 8));
        assertEquals(1600, d.width());
        assertEquals(1200, d.height());
    }

    @Test
    void aPortraitPhotoIsBoundedByItsHeightAndASmallOneKeepsItsSize() throws IOException {
        PreparedDocument tall = DocumentImages.photo(CaptureSamples.image(1200, 3300, "jpg", 2));
        assertEquals(1600, tall.height());
        assertEquals(582, tall.width());
        PreparedDocument small = DocumentImages.photo(CaptureSamples.image(800, 600, "bmp", 3));
        assertEquals(800, small.width());
        assertEquals(600, small.height());
        assertEquals("image/jpeg", small.mediaType());
    }

    @Test
    void theExifOfAPhoneGpsPositionIncludedNeverSurvives() {
        byte[] phone = CaptureSamples.jpegWithExif(2000, 1500, "S12d3m4sMARKER");
        String raw = new String(phone, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("Exif") && raw.contains("MARKER"), "the sample carries EXIF");

        String out = new String(DocumentImages.photo(phone).bytes(), StandardCharsets.ISO_8859_1);
        assertFalse(out.contains("Exif"), "no EXIF segment");
        assertFalse(out.contains("MARKER"), "nothing of the original metadata");
        assertFalse(out.contains("GPS"));
    }

    @Test
    void aPhotoStoredSidewaysIsTurnedUprightBeforeItsExifIsDropped() throws IOException {
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(
                DocumentImages.photo(CaptureSamples.sidewaysJpeg(400, 200, 6)).bytes()));
        assertEquals(200, upright.getWidth());
        assertEquals(400, upright.getHeight());
        assertTrue(isRed(upright.getRGB(100, 50)), "the left half (red) is now on top");
        assertTrue(isBlue(upright.getRGB(100, 350)));

        BufferedImage other = ImageIO.read(new ByteArrayInputStream(
                DocumentImages.photo(CaptureSamples.sidewaysJpeg(400, 200, 8)).bytes()));
        assertEquals(400, other.getHeight());
        assertTrue(isBlue(other.getRGB(100, 50)), "turned the other way: blue on top");
        BufferedImage half = ImageIO.read(new ByteArrayInputStream(
                DocumentImages.photo(CaptureSamples.sidewaysJpeg(400, 200, 3)).bytes()));
        assertEquals(400, half.getWidth());
        assertTrue(isBlue(half.getRGB(50, 100)), "upside down: blue on the left");
        assertEquals(400, ImageIO.read(new ByteArrayInputStream(
                DocumentImages.photo(CaptureSamples.sidewaysJpeg(400, 200, 1)).bytes())).getWidth());
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && (rgb & 0xFF) < 60;
    }

    private static boolean isBlue(int rgb) {
        return (rgb & 0xFF) > 200 && ((rgb >> 16) & 0xFF) < 60;
    }

    @Test
    void theSha256IsThatOfTheBytesKeptAndTheFileIsPrivate() throws Exception {
        PreparedDocument d = DocumentImages.photo(CaptureSamples.image(1000, 800, "png", 4));
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(d.bytes()));
        assertEquals(expected, d.sha256());
        assertTrue(d.sha256().matches("[0-9a-f]{64}"));

        Path folder = dir.resolve("attachments");
        DocumentFiles files = new DocumentFiles(folder);
        UUID id = UUID.randomUUID();
        String name = files.write(id, d);
        assertEquals(id + ".jpg", name);
        assertArrayEquals(d.bytes(), Files.readAllBytes(folder.resolve(name)));
        assertEquals(expected, DocumentImages.sha256(Files.readAllBytes(folder.resolve(name))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(name))));
        try (var left = Files.list(folder)) {
            assertEquals(1, left.count(), "no temporary file left");
        }
    }

    @Test
    void aSignatureStaysPngOnWhite() throws IOException {
        PreparedDocument s = DocumentImages.signature(CaptureSamples.signaturePng());
        assertEquals("image/png", s.mediaType());
        assertEquals("png", s.extension());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(s.bytes()));
        assertEquals(0xFFFFFFFF, back.getRGB(5, 5), "transparent background turned white, not black");
        assertTrue(s.size() < 40_000, s.size() + " B");
    }

    @Test
    void whatIsNotAnImageIsRefusedByItsBytesWhateverItsName() throws IOException {
        Path fake = dir.resolve("recibo.jpg");
        Files.writeString(fake, "%PDF-1.4 not an image at all");
        DocumentRejected e = assertThrows(DocumentRejected.class, () -> DocumentImages.fromFile(fake));
        assertEquals("capture.document.error.not.image", e.messageKey());
        assertFalse(e.getMessage().contains("recibo"), "the message never names the file");

        byte[] truncated = java.util.Arrays.copyOf(CaptureSamples.image(400, 300, "png", 5), 200);
        assertEquals("capture.document.error.unreadable",
                assertThrows(DocumentRejected.class, () -> DocumentImages.photo(truncated)).messageKey());

        // A PNG under another name is still an image.
        Path renamed = dir.resolve("scan.dat");
        Files.write(renamed, CaptureSamples.image(300, 200, "png", 6));
        assertEquals("image/jpeg", DocumentImages.fromFile(renamed).mediaType());
    }

    @Test
    void aFileLargerThanTheBoundIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.jpg");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}), DocumentImages.MAX_INPUT_BYTES);
        }
        assertEquals("capture.document.error.too.large",
                assertThrows(DocumentRejected.class, () -> DocumentImages.fromFile(big)).messageKey());
    }

    @Test
    void theScannerFolderListsItsNewestImagesFirst() throws IOException {
        Path scans = Files.createDirectories(dir.resolve("scans"));
        long now = System.currentTimeMillis();
        for (int i = 0; i < 4; i++) {
            Path p = scans.resolve("scan" + i + ".png");
            Files.write(p, CaptureSamples.image(50, 50, "png", i));
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(now - 60_000L * (4 - i)));
        }
        Files.writeString(scans.resolve("notes.txt"), "x");
        assertEquals(java.util.List.of(scans.resolve("scan3.png"), scans.resolve("scan2.png")),
                new ScannerFolder(scans).newest(2));
        assertEquals(java.util.List.of(), new ScannerFolder(dir.resolve("absent")).newest(5));
    }
}
