package pe.macexpress.desk.store;

import java.util.UUID;

/**
 * A document attached to a capture (a photo, a scan, a drawn signature). The bytes are in a file
 * of the attachments folder ({@link Store#attachmentsFolder()}), never in the database.
 *
 * @param file the file's name inside the attachments folder
 * @param sha256 lowercase hex SHA-256 of the file's bytes: the central checks it before accepting
 * @param sentBytes how many bytes, from the start, the central has acknowledged
 */
public record Attachment(UUID id, UUID captureId, String fieldId, String mediaType, String file, long size,
                         String sha256, long sentBytes, AttachmentState state) {

    @Override
    public String toString() {
        return "Attachment[" + id + " " + mediaType + " " + size + " B " + state + "]";
    }
}
