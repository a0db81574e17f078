package pe.macexpress.desk.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 15: the Linux desktop's credential store (the freedesktop Secret Service: GNOME Keyring,
 * KWallet) through {@code secret-tool} (package libsecret-tools), when it is installed and a
 * session bus answers. Keys are stored under the attributes {@code application=macexpress-desk}
 * and {@code key=<id>}. Nothing here logs or throws a secret: a failure is "not available".
 */
class SecretService {
    static final String APPLICATION = "macexpress-desk";
    private static final long TIMEOUT_SECONDS = 10;

    /** No credential store (tests with a key folder, Windows for now, a machine without secret-tool). */
    static final SecretService NONE = new SecretService(null) {
        @Override
        boolean available() {
            return false;
        }
    };

    private final Path tool;
    private Boolean available;

    SecretService(Path tool) {
        this.tool = tool;
    }

    /** {@code secret-tool} from the PATH (or {@code macexpress.secretTool}), on Linux with a session bus. */
    static SecretService system() {
        String configured = System.getProperty("macexpress.secretTool");
        if (configured != null && !configured.isBlank()) {
            return new SecretService(Path.of(configured));
        }
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                || System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            return NONE;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, "secret-tool");
                if (Files.isExecutable(candidate)) {
                    return new SecretService(candidate);
                }
            }
        }
        return NONE;
    }

    /** True when the tool runs and the store answers (a look-up of an absent item answers too). */
    synchronized boolean available() {
        if (available == null) {
            Result r = run(null, "lookup", "application", APPLICATION, "key", "probe");
            available = r != null && (r.code == 0 || r.code == 1) && r.err.isBlank();
        }
        return available;
    }

    /** The secret stored for {@code keyId}; null when there is none (or the store does not answer). */
    String lookup(String keyId) {
        Result r = run(null, "lookup", "application", APPLICATION, "key", keyId);
        return r != null && r.code == 0 && !r.out.isBlank() ? r.out : null;
    }

    /** Stores {@code secret} for {@code keyId}; false when the store refused. */
    boolean store(String keyId, String secret) {
        Result r = run(secret, "store", "--label=MAC Express Desk " + keyId, "application", APPLICATION, "key", keyId);
        return r != null && r.code == 0;
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String input, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).start();
            try (OutputStream in = p.getOutputStream()) {
                if (input != null) {
                    in.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            // Outputs are a few bytes (a pipe holds 64 KiB): wait first, so a store that hangs cannot block the read.
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            byte[] out;
            byte[] err;
            try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
                out = o.readNBytes(4096);
                err = e.readNBytes(4096);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
