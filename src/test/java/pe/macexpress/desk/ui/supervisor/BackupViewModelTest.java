package pe.macexpress.desk.ui.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.ui.common.TaskRunner;

/** A failed daily backup stays visible until a backup succeeds, whatever happens in between. */
class BackupViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theAutomaticBackupsFailureShowsUntilABackupSucceeds() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            db.attentions().save(new Attention(UUID.randomUUID(), AttentionCode.next(),
                    UUID.randomUUID(), "ADV-1", "POINT-1", Document.parse(DocumentType.DNI, "10117410", "2").document(),
                    "", VerificationState.VERIFIED, "0000", "sis-afiliacion", new Outcome(OutcomeType.ATENDIDO, ""),
                    "es", Instant.now(), Instant.now()));
            // The USB stick is out: a file stands where the backup folder should be.
            Path usb = Files.writeString(dir.resolve("usb"), "not a folder");
            BackupService backups = new BackupService(usb, 7, Clock.systemUTC());
            StoreException daily = assertThrows(StoreException.class, () -> backups.backupIfChanged(db));

            BackupViewModel vm = new BackupViewModel(() -> backups.backupNow(db), Optional.of(daily),
                    TaskRunner.direct());
            assertTrue(vm.automaticFailedProperty().get());
            assertEquals("backup.reason.read.only", vm.automaticProblemKeyProperty().get());

            vm.backup();
            assertEquals("store.error.read.only", vm.resultKeyProperty().get(), "the stick is still out");
            assertTrue(vm.automaticFailedProperty().get(), "still no good backup");
            assertFalse(vm.busyProperty().get());

            Files.delete(usb);
            vm.backup();
            assertEquals("backup.done", vm.resultKeyProperty().get());
            assertTrue(vm.detailProperty().get().startsWith(usb.toString()), vm.detailProperty().get());
            assertFalse(vm.automaticFailedProperty().get());
            assertEquals("", vm.automaticProblemKeyProperty().get());
            assertEquals(1, backups.list().size());
        }
    }

    @Test
    void theStartsBackupTakenBehindTheSignInScreenReportsItsFailureLater() {
        // At start the screen is built before the day's backup runs: it learns the result afterwards.
        BackupViewModel vm = withNoBackupTaken();
        assertFalse(vm.automaticFailedProperty().get());
        vm.automaticProblem(Optional.empty());
        assertFalse(vm.automaticFailedProperty().get(), "a backup that worked says nothing");
        vm.automaticProblem(Optional.of(new StoreException(StoreException.Kind.FULL, "disk full", null)));
        assertTrue(vm.automaticFailedProperty().get());
        assertEquals("backup.reason.full", vm.automaticProblemKeyProperty().get());
    }

    @Test
    void withoutAFailureThereIsNothingToSay() {
        BackupViewModel vm = withNoBackupTaken();
        assertFalse(vm.automaticFailedProperty().get());
        assertEquals("", vm.automaticProblemKeyProperty().get());
    }

    /** A screen that opened with no failure and whose backup button is never pressed. */
    private static BackupViewModel withNoBackupTaken() {
        return new BackupViewModel(() -> {
            throw new IllegalStateException("not called");
        }, Optional.empty(), TaskRunner.direct());
    }
}
