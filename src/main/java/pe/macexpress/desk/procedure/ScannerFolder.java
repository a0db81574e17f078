package pe.macexpress.desk.procedure;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;

/**
 * The folder a scanner saves its images to ({@code capture.scannerFolder}): the capture screen lists
 * its newest images so the advisor picks the page just scanned without a file dialog. Listing goes
 * by name (cheap); whether a file really is an image is decided by its bytes when it is chosen.
 */
public final class ScannerFolder {
    private static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "gif", "tif", "tiff");

    private final Path folder;

    public ScannerFolder(Path folder) {
        this.folder = folder;
    }

    /** The configured folder, or none when the key is empty (no scanner at this counter). */
    public static Optional<ScannerFolder> of(DeskSettings settings) {
        String configured = settings.get(ConfigKeys.CAPTURE_SCANNER_FOLDER);
        return configured.isEmpty() ? Optional.empty()
                : Optional.of(new ScannerFolder(settings.home().resolve(configured)));
    }

    public Path folder() {
        return folder;
    }

    /** Up to {@code limit} image files, newest first; empty when the folder is missing or unreadable. */
    public List<Path> newest(int limit) {
        record Entry(Path path, FileTime modified) { }
        List<Entry> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                        && Files.isRegularFile(p)) {
                    found.add(new Entry(p, Files.getLastModifiedTime(p)));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return found.stream().sorted(Comparator.comparing(Entry::modified).reversed()).limit(limit)
                .map(Entry::path).toList();
    }
}
