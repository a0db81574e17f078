package pe.macexpress.desk.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Issue 15: protects a key file's contents with the OS user's own secret where the OS offers it
 * (Windows: DPAPI, the protection the Credential Manager itself uses, through PowerShell): the file
 * then opens only for that Windows user on that machine. Elsewhere, or when it fails, nothing is
 * protected and the key file is the plain 0600 one that {@code doctor} calls weaker. Secrets go
 * through stdin and stdout, never on a command line.
 */
class FileProtector {
    /** Marks a protected key file: "dpapi:" + base64 of DPAPI's output. */
    static final String PREFIX = "dpapi:";
    private static final long TIMEOUT_SECONDS = 30;

    /** Nothing protected. */
    static final FileProtector NONE = new FileProtector(null, null);

    private static final String PS_PROTECT = "Add-Type -AssemblyName System.Security;"
            + " $b = [Convert]::FromBase64String([Console]::In.ReadToEnd().Trim());"
            + " [Console]::Out.Write([Convert]::ToBase64String([Security.Cryptography.ProtectedData]::Protect($b, $null,"
            + " [Security.Cryptography.DataProtectionScope]::CurrentUser)))";
    private static final String PS_UNPROTECT = "Add-Type -AssemblyName System.Security;"
            + " $b = [Convert]::FromBase64String([Console]::In.ReadToEnd().Trim());"
            + " [Console]::Out.Write([Convert]::ToBase64String([Security.Cryptography.ProtectedData]::Unprotect($b, $null,"
            + " [Security.Cryptography.DataProtectionScope]::CurrentUser)))";

    private final List<String> protect;
    private final List<String> unprotect;

    FileProtector(List<String> protect, List<String> unprotect) {
        this.protect = protect;
        this.unprotect = unprotect;
    }

    /** DPAPI through PowerShell on Windows; {@link #NONE} elsewhere. */
    static FileProtector system() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return NONE;
        }
        List<String> ps = List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command");
        return new FileProtector(concat(ps, PS_PROTECT), concat(ps, PS_UNPROTECT));
    }

    /** A command that protects ({@code tool protect}) and unprotects ({@code tool unprotect}) base64 on stdin: tests. */
    static FileProtector command(String tool) {
        return new FileProtector(List.of(tool, "protect"), List.of(tool, "unprotect"));
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.add(b);
        return all;
    }

    boolean enabled() {
        return protect != null;
    }

    /** The protected form of {@code base64}, checked by opening it again; null when it cannot be protected. */
    String protect(String base64) {
        if (!enabled()) {
            return null;
        }
        String out = run(protect, base64);
        return out != null && base64.equals(run(unprotect, out)) ? out : null;
    }

    /** The base64 material of a protected file's body; null when it does not open (another user, another machine). */
    String unprotect(String body) {
        return enabled() ? run(unprotect, body) : null;
    }

    private static String run(List<String> command, String input) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.US_ASCII));
            }
            byte[] out;
            try (InputStream o = p.getInputStream()) {
                out = o.readNBytes(64 * 1024);
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String text = new String(out, StandardCharsets.US_ASCII).strip();
            return p.exitValue() == 0 && !text.isEmpty() ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
