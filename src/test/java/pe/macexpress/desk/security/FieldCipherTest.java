package pe.macexpress.desk.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
    @Test
    void sealedTextHoldsNothingOfThePlainTextAndOpensOnlyWithItsKey() throws Exception {
        FieldCipher cipher = KeyRing.load(KeyRing.newKeyId(), true);
        String sealed = cipher.seal("QUISPE MAMANI, Rosa");
        assertTrue(FieldCipher.isSealed(sealed));
        assertFalse(sealed.contains("QUISPE"));
        assertNotEquals(sealed, cipher.seal("QUISPE MAMANI, Rosa"), "a fresh nonce each time");
        assertEquals("QUISPE MAMANI, Rosa", cipher.open(sealed));
        assertEquals("plain, written before encryption", cipher.open("plain, written before encryption"));
        assertEquals("", cipher.seal(""));

        FieldCipher other = KeyRing.load(KeyRing.newKeyId(), true);
        assertThrows(IllegalStateException.class, () -> other.open(sealed));
        byte[] bytes = "foto".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(bytes, cipher.openBytes(cipher.sealBytes(bytes)));
    }

    @Test
    void blindIndexesAreStableForOneKeyAndDifferAcrossKeys() throws Exception {
        String id = KeyRing.newKeyId();
        FieldCipher a = KeyRing.load(id, true);
        FieldCipher again = KeyRing.load(id, false);
        assertEquals(a.blind("DNI:40123456"), again.blind("DNI:40123456"));
        assertEquals(32, a.blind("DNI:40123456").length());
        assertNotEquals(a.blind("DNI:40123456"), a.blind("DNI:40123457"));
        assertNotEquals(a.blind("DNI:40123456"), KeyRing.load(KeyRing.newKeyId(), true).blind("DNI:40123456"));
    }

    @Test
    void keyFilesArePrivateAndAMissingKeyIsReportedNotRecreated() throws Exception {
        String id = KeyRing.newKeyId();
        KeyRing.load(id, true);
        if (Files.getFileStore(KeyRing.folder()).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyRing.file(id))));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyRing.folder())));
        }
        assertThrows(KeyRing.KeyMissingException.class, () -> KeyRing.load(KeyRing.newKeyId(), false));
    }
}
