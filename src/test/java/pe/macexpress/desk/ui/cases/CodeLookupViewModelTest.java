package pe.macexpress.desk.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.SampleAttentions;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * The code look-up: forgiving reading of a typed code, this workstation first (attentions with or
 * without a case), then the second source only for codes not found here, whose failure says the
 * central could not be asked (not "unknown").
 */
class CodeLookupViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aCodeIsFoundHereFirstThenElsewhereAndAFailingSourceSaysSo() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            Attention served = SampleAttentions.of(7);
            db.attentions().save(served);
            CodeLookupViewModel vm = new CodeLookupViewModel(db.attentions(), new CaseService(db, Clock.systemUTC()),
                    TaskRunner.direct());

            vm.typedProperty().set("no es un código");
            vm.lookUp();
            assertEquals("lookup.error.not.a.code", vm.messageKeyProperty().get());

            // As read out by phone: lowercase, a space instead of the dash, O for 0.
            vm.typedProperty().set(served.code().toLowerCase(Locale.ROOT).replace('-', ' ').replace('0', 'o'));
            vm.lookUp();
            CodeStatus here = vm.foundProperty().get();
            assertEquals(served.code(), here.code());
            assertTrue(here.here());
            assertEquals(served.procedureId(), here.procedureId());
            assertEquals(served.outcome().type(), here.outcome());
            assertFalse(here.hasCase(), "saved straight into the store: no case");
            assertEquals("", vm.messageKeyProperty().get());

            vm.typedProperty().set("ZZZZ-9999");
            assertNull(vm.foundProperty().get(), "typing again clears the last answer");
            vm.lookUp();
            assertEquals("lookup.not.found.here", vm.messageKeyProperty().get());

            List<String> asked = new ArrayList<>();
            CodeStatus central = new CodeStatus("ZZZZ-9999", "reniec-dni-duplicado", Instant.now(), OutcomeType.PENDIENTE,
                    null, CaseAnswer.RESUELTO, "Listo", Instant.now(), null, "", null, false);
            vm.setElsewhere(code -> {
                asked.add(code);
                return code.equals("ZZZZ-9999") ? Optional.of(central) : Optional.empty();
            });
            vm.lookUp();
            assertEquals(central, vm.foundProperty().get());
            vm.typedProperty().set(served.code());
            vm.lookUp();
            assertTrue(vm.foundProperty().get().here());
            assertEquals(List.of("ZZZZ-9999"), asked, "a code found here is never asked elsewhere");

            vm.setElsewhere(code -> {
                throw new IllegalStateException("no link");
            });
            vm.typedProperty().set("zzzz9999");
            vm.lookUp();
            assertNull(vm.foundProperty().get());
            assertEquals("lookup.error.central", vm.messageKeyProperty().get(), "unreachable is not unknown");
        }
    }
}
