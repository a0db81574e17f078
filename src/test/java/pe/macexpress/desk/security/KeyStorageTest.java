package pe.macexpress.desk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, key storage: where an OS credential store answers (Linux: the Secret Service through
 * {@code secret-tool}) the key goes there and no key file is written; where none answers, the key
 * file (0600 in a 0700 folder, also re-tightened when loaded). A stand-in {@code secret-tool} keeps
 * its secrets in a temporary folder (no session bus in CI).
 */
class KeyStorageTest {
    @TempDir
    Path dir;

    @Test
    void aCredentialStoreThatAnswersHoldsTheKeyAndNoKeyFileIsWritten() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "a shell script stands in for secret-tool");
        SecretService store = new SecretService(fakeSecretTool());
        assertTrue(store.available());
        String id = KeyRing.newKeyId();
        FieldCipher created = KeyRing.load(id, true, store);
        assertFalse(Files.exists(KeyRing.file(id)), "no key file beside the credential store");
        assertTrue(store.lookup(id) != null);
        FieldCipher again = KeyRing.load(id, false, store);
        assertEquals(created.blind("47139285"), again.blind("47139285"), "the same key comes back");
        assertEquals("47139285", again.open(created.seal("47139285")));
        // Without the credential store the key is nowhere on disk: the database does not open.
        assertThrows(KeyRing.KeyMissingException.class, () -> KeyRing.load(id, false, SecretService.NONE));
    }

    @Test
    void withoutACredentialStoreTheKeyFileIsPrivateAndTightenedWhenLoaded() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        String id = KeyRing.newKeyId();
        FieldCipher created = KeyRing.load(id, true, SecretService.NONE);
        Path file = KeyRing.file(id);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        FieldCipher again = KeyRing.load(id, false, SecretService.NONE);
        assertEquals(created.blind("x"), again.blind("x"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void aProtectedKeyFileOpensOnlyThroughItsProtectorAndIsNeverWrittenInClear() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "a shell script stands in for DPAPI");
        // Stand-in for DPAPI: reverses the text (enough to tell protected from clear), fails for "another user".
        Path tool = dir.resolve("protector");
        Files.writeString(tool, "#!/bin/sh\n[ -f '" + dir.resolve("other-user") + "' ] && exit 1\nrev\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        FileProtector protector = FileProtector.command(tool.toString());
        String id = KeyRing.newKeyId();
        FieldCipher created = KeyRing.load(id, true, SecretService.NONE, protector);
        String onDisk = Files.readString(KeyRing.file(id));
        assertTrue(onDisk.startsWith(FileProtector.PREFIX), "the key file is protected");
        assertThrows(KeyRing.KeyMissingException.class, () -> KeyRing.load(id, false, SecretService.NONE, FileProtector.NONE),
                "without its protector the file does not open");
        assertEquals(created.blind("x"), KeyRing.load(id, false, SecretService.NONE, protector).blind("x"));
        Files.writeString(dir.resolve("other-user"), "");
        assertThrows(KeyRing.KeyMissingException.class, () -> KeyRing.load(id, false, SecretService.NONE, protector),
                "another OS user: as if the key were absent");
    }

    @Test
    void aStoreThatDoesNotAnswerIsNotAvailable() {
        assertFalse(new SecretService(dir.resolve("no-such-secret-tool")).available());
    }

    /** store: the secret from stdin into a file named by the key id; lookup: that file, or exit 1. */
    private Path fakeSecretTool() throws IOException {
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        Path script = dir.resolve("secret-tool");
        Files.writeString(script, "#!/bin/sh\n"
                + "cmd=$1; shift\n"
                + "if [ \"$cmd\" = store ]; then cat > '" + secrets + "'/\"$5\"; exit 0; fi\n"
                + "if [ \"$cmd\" = lookup ]; then [ -f '" + secrets + "'/\"$4\" ] || exit 1; cat '" + secrets + "'/\"$4\"; exit 0; fi\n"
                + "exit 2\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
