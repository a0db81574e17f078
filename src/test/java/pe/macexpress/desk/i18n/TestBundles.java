package pe.macexpress.desk.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Issue 16 (review): a small Localization of the test's own bundles ("es", its text, "qx", its text, …). */
final class TestBundles {
    private TestBundles() {
    }

    static Localization of(String... tagThenText) {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (int i = 0; i + 1 < tagThenText.length; i += 2) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(tagThenText[i + 1]));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundles.put(tagThenText[i], p);
        }
        return Localization.of(bundles);
    }
}
