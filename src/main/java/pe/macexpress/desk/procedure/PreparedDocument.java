package pe.macexpress.desk.procedure;

/**
 * A document re-encoded and ready to keep: bounded in size, without the original's metadata (EXIF,
 * GPS position, camera serial), with the SHA-256 of exactly these bytes. Held in memory until the
 * capture is saved, so a visit left half-way leaves no file behind.
 *
 * @param sha256 lowercase hex
 */
public record PreparedDocument(String mediaType, byte[] bytes, String sha256, int width, int height) {

    public PreparedDocument {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public long size() {
        return bytes.length;
    }

    public String extension() {
        return "image/png".equals(mediaType) ? "png" : "jpg";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreparedDocument d && d.sha256.equals(sha256) && d.mediaType.equals(mediaType);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "PreparedDocument[" + mediaType + " " + width + "x" + height + " " + bytes.length + " B]";
    }
}
