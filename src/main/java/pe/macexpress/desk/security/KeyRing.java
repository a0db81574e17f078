package pe.macexpress.desk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where the keys of {@link FieldCipher} live: outside the data folder, so that a copy of the data
 * folder (a stolen disk image of it, a backup on a USB stick) holds no key. One key per database,
 * named by an id stored in the database.
 *
 * <p>The folder is {@code MACEXPRESS_KEY_DIR} (environment) or {@code macexpress.keyDir} (system
 * property) when set; otherwise the OS user's private configuration folder
 * ({@code %LOCALAPPDATA%\MacExpressDesk\keys} on Windows, {@code $XDG_CONFIG_HOME/macexpress-desk/keys}
 * or {@code ~/.config/macexpress-desk/keys} elsewhere). Folder 0700, key files 0600.
 */
public final class KeyRing {
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyRing() {
    }

    /** The folder that holds the key files. */
    public static Path folder() {
        Path explicit = explicitFolder();
        if (explicit != null) {
            return explicit;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String local = System.getenv("LOCALAPPDATA");
        if (os.contains("win") && local != null) {
            return Path.of(local, "MacExpressDesk", "keys");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("macexpress-desk").resolve("keys");
    }

    /** The folder set by {@code MACEXPRESS_KEY_DIR} or {@code macexpress.keyDir}; null when neither is set. */
    static Path explicitFolder() {
        String env = System.getenv("MACEXPRESS_KEY_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String prop = System.getProperty("macexpress.keyDir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return null;
    }

    /** Where this workstation keeps database keys (issue 15); {@code doctor} reports a key file as weaker. */
    public enum Storage {
        /** The OS credential store (Secret Service on Linux): the key is released to this OS user's session only. */
        CREDENTIAL_STORE,
        /** A key file protected with the OS user's own secret (Windows DPAPI): opens only for that user there. */
        PROTECTED_FILE,
        /** A key file readable only by the OS user (0600): weaker, any process of that user or root can copy it. */
        KEY_FILE
    }

    /** Where the key {@code keyId} is (or a new key would go). */
    public static Storage storage(String keyId) {
        SecretService service = SecretService.system();
        if (explicitFolder() == null && service.available()
                && (keyId == null || service.lookup(keyId) != null || !Files.exists(file(keyId)))) {
            return Storage.CREDENTIAL_STORE;
        }
        try {
            Path f = keyId == null ? null : file(keyId);
            if (f != null && Files.isRegularFile(f)
                    && new String(Files.readAllBytes(f), StandardCharsets.US_ASCII).startsWith(FileProtector.PREFIX)) {
                return Storage.PROTECTED_FILE;
            }
        } catch (IOException e) {
            // Unreadable: reported as the weaker kind.
        }
        return Storage.KEY_FILE;
    }

    /** A new key id (not secret). */
    public static String newKeyId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /** The key file of {@code keyId}. */
    public static Path file(String keyId) {
        if (!keyId.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a key id");
        }
        return folder().resolve(keyId + ".key");
    }

    /**
     * Loads the key {@code keyId}; creates it first when {@code create} and it does not exist. Issue 15:
     * from the OS credential store where one answers (Linux: the Secret Service, through
     * {@code secret-tool}), unless a key folder is set explicitly (tests, CI, a service account
     * without a session); a key file written earlier is still read.
     */
    public static FieldCipher load(String keyId, boolean create) throws IOException {
        return load(keyId, create, explicitFolder() == null ? SecretService.system() : SecretService.NONE);
    }

    static FieldCipher load(String keyId, boolean create, SecretService service) throws IOException {
        return load(keyId, create, service, explicitFolder() == null ? FileProtector.system() : FileProtector.NONE);
    }

    static FieldCipher load(String keyId, boolean create, SecretService service, FileProtector protector)
            throws IOException {
        file(keyId); // checks the id's form
        if (service.available()) {
            String stored = service.lookup(keyId);
            if (stored != null) {
                return new FieldCipher(keyId, Base64.getDecoder().decode(stored.strip()));
            }
            if (create && !Files.exists(file(keyId))) {
                byte[] material = new byte[64];
                RANDOM.nextBytes(material);
                if (service.store(keyId, Base64.getEncoder().encodeToString(material))
                        && Base64.getEncoder().encodeToString(material).equals(stripped(service.lookup(keyId)))) {
                    return new FieldCipher(keyId, material);
                }
                // The store refused it (locked keyring, no agent): the key file below.
            }
        }
        return loadFile(keyId, create, protector);
    }

    private static String stripped(String s) {
        return s == null ? null : s.strip();
    }

    private static FieldCipher loadFile(String keyId, boolean create, FileProtector protector) throws IOException {
        Path file = file(keyId);
        if (!Files.exists(file)) {
            if (!create) {
                throw new KeyMissingException(keyId, file.getParent());
            }
            PrivateFiles.folder(file.getParent());
            byte[] material = new byte[64];
            RANDOM.nextBytes(material);
            Path tmp = file.resolveSibling(keyId + ".tmp");
            Files.deleteIfExists(tmp);
            String plain = Base64.getEncoder().encodeToString(material);
            String protectedForm = protector.protect(plain); // Windows: DPAPI, for this OS user only
            Files.writeString(Files.createFile(tmp, PrivateFiles.fileAttributes(tmp)),
                    protectedForm != null ? FileProtector.PREFIX + protectedForm : plain, StandardCharsets.US_ASCII);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        PrivateFiles.tightenTree(file.getParent()); // issue 15: key folder 0700, key files 0600 at every start
        String stored = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
        if (stored.startsWith(FileProtector.PREFIX)) {
            stored = protector.unprotect(stored.substring(FileProtector.PREFIX.length()));
            if (stored == null) { // protected for another OS user or machine: as good as absent here
                throw new KeyMissingException(keyId, file.getParent());
            }
        }
        return new FieldCipher(keyId, Base64.getDecoder().decode(stored));
    }

    /** The key a database names is not on this machine (the database was copied without it). */
    public static final class KeyMissingException extends IOException {
        public KeyMissingException(String keyId, Path folder) {
            super("encryption key " + keyId + " not found in " + folder);
        }
    }
}
