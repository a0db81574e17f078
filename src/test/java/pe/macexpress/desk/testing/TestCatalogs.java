package pe.macexpress.desk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.CatalogException;

/** Small catalogues for tests: {@link #channels()} holds one procedure per channel and every form field type. */
public final class TestCatalogs {
    private TestCatalogs() {
    }

    public static byte[] channelsBytes() {
        try (InputStream in = TestCatalogs.class.getResourceAsStream("/catalog/channels.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Catalog channels() {
        try {
            return Catalog.parse(channelsBytes());
        } catch (CatalogException e) {
            throw new IllegalStateException(e);
        }
    }
}
