package pe.macexpress.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.config.DataHome;

/** Which arguments open the window without picocli (the fast start) and which go to the commands. */
class LauncherTest {
    @Test
    void onlyNoArgumentsOrJustAHomeOpenTheWindowDirectly() {
        Path dir = Path.of("some", "folder");
        assertEquals(dir.toAbsolutePath(), Launcher.windowHome(new String[] {"--home", dir.toString()}));
        assertEquals(dir.toAbsolutePath(), Launcher.windowHome(new String[] {"--home=" + dir}));
        assertEquals(DataHome.resolve(null, System.getenv()), Launcher.windowHome(new String[0]));
    }

    @Test
    void commandsHelpAndAnythingElseAreLeftToPicocli() {
        assertNull(Launcher.windowHome(new String[] {"doctor"}));
        assertNull(Launcher.windowHome(new String[] {"--home", "x", "doctor"}));
        assertNull(Launcher.windowHome(new String[] {"doctor", "--home", "x"}));
        assertNull(Launcher.windowHome(new String[] {"--help"}));
        assertNull(Launcher.windowHome(new String[] {"--home"}));
        assertNull(Launcher.windowHome(new String[] {"--version", "x"}));
    }
}
