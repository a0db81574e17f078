package pe.macexpress.desk.ui.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.catalog.CatalogService;
import pe.macexpress.desk.catalog.CatalogSignature;
import pe.macexpress.desk.catalog.SignedCatalog;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.TestCatalogs;
import pe.macexpress.desk.ui.common.TaskRunner;

/** The supervisor's USB import: a file from another central is refused and says why; the right one is installed. */
class CatalogViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aForeignFileIsRefusedWithItsReasonAndTheCentralsOwnIsInstalled() throws Exception {
        KeyPair central = CatalogSignature.newKeyPair();
        KeyPair stranger = CatalogSignature.newKeyPair();
        Path good = dir.resolve("good.json");
        Path foreign = dir.resolve("foreign.json");
        Files.write(good, SignedCatalog.sign(TestCatalogs.channelsBytes(), central.getPrivate(), central.getPublic()).toBytes());
        Files.write(foreign, SignedCatalog.sign(TestCatalogs.channelsBytes(), stranger.getPrivate(), stranger.getPublic()).toBytes());
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            CatalogService catalogs = new CatalogService(db, () -> CatalogSignature.encode(central.getPublic()),
                    Clock.systemUTC());
            CatalogViewModel vm = new CatalogViewModel(catalogs, TaskRunner.direct());
            vm.refresh();
            assertEquals(CatalogService.Source.BUNDLED, vm.statusProperty().get().source());

            vm.importFrom(foreign);
            assertEquals("catalog.ui.refused", vm.resultKeyProperty().get());
            assertEquals("catalog.problem.signature", vm.problemKeyProperty().get());
            assertEquals(CatalogService.Source.BUNDLED, vm.statusProperty().get().source(), "nothing changed");
            assertEquals("file", vm.statusProperty().get().lastRefusal().entry());

            vm.importFrom(good);
            assertEquals("catalog.ui.imported", vm.resultKeyProperty().get());
            assertEquals("test-1", vm.resultArgProperty().get());
            assertEquals(CatalogService.Source.FILE, vm.statusProperty().get().source());
            assertNull(vm.statusProperty().get().lastRefusal());

            Path out = dir.resolve("out.json");
            vm.exportTo(out);
            assertEquals("catalog.ui.exported", vm.resultKeyProperty().get());
            assertEquals(Files.readString(good), Files.readString(out), "exported exactly as the central signed it");
        }
    }
}
