package pe.macexpress.desk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.i18n.Localization;

/**
 * Issue 15, finding "{@code retention.days=-5} silently means 0": a negative, zero or absurd period is
 * refused when the file is read, naming the key, the range and what to do, in Spanish and Quechua.
 */
class RetentionDaysTest {
    private static final Localization L10N = Localization.bundledOnly();

    @TempDir
    Path home;

    private ConfigException refused(String line) throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), line + "\n", StandardCharsets.UTF_8);
        return assertThrows(ConfigException.class, () -> DeskSettings.load(home), line);
    }

    private Duration loaded(String line) throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), line + "\n", StandardCharsets.UTF_8);
        return DeskSettings.load(home).get(ConfigKeys.RETENTION_DAYS);
    }

    @Test
    void retentionDaysMinusFiveIsRefusedAtLoadNeverReadAsZero() throws Exception {
        ConfigException e = refused("retention.days=-5");
        assertEquals(ConfigException.Kind.BAD_VALUE, e.kind());
        assertEquals(Optional.of("retention.days"), e.key());
        assertEquals(List.of("1", "3650"), e.hint().orElseThrow().args());
        String es = e.describe(L10N, "es");
        assertTrue(es.contains("retention.days") && es.contains("días, de 1 a 3650") && es.contains("Corrija el valor"), es);
        String qu = e.describe(L10N, "qu");
        assertTrue(qu.contains("retention.days") && qu.contains("3650"), qu);
    }

    @Test
    void zeroAndMoreThanTenYearsAreRefusedToo() throws Exception {
        for (String line : List.of("retention.days=0", "retention.days=3651", "retention.days=99999999999",
                "retention.days=-0", "retention.days=90d")) {
            assertEquals(Optional.of("retention.days"), refused(line).key(), line);
        }
        assertEquals(Duration.ofDays(1), loaded("retention.days=1"));
        assertEquals(Duration.ofDays(3650), loaded("retention.days=3650"));
    }
}
