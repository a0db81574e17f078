package pe.macexpress.desk.ui.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.security.EnrollmentCode;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.Enrollment;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * Issue 15, the desk's side of the new enrollment codes: a 28-character code typed as people type
 * it (lower case, spaces, O for 0) enrolls; what cannot be a code is refused on the desk and costs
 * no try at the central (which locks an address out after a few wrong codes); the central's 429
 * reads as "too many tries", not as "unreachable".
 */
class EnrollmentCodeFormatTest {

    @Test
    void aLongCodeTypedLooselyEnrollsAndWhatCannotBeACodeIsNeverSent() throws Exception {
        try (SandboxServer central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null)) {
            String issued = central.central().issueCode("TAMBO-01");
            assertTrue(EnrollmentCode.isIssuedShape(issued));
            String typed = " " + issued.toLowerCase().replace("-", " ").replace('0', 'o') + " ";
            Central c = new Central("", "");
            Enrollment enrollment = new Enrollment(null, c, new OkHttpClient(), "TAMBO-01");
            EnrollmentViewModel vm = new EnrollmentViewModel(enrollment, c, TaskRunner.direct());
            vm.centralUrlProperty().set(central.baseUrl());

            for (int i = 0; i < 8; i++) {
                vm.enrollmentCodeProperty().set("NO-SUCH-CÓDIGO!");
                vm.enroll();
                assertEquals(Enrollment.Result.MALFORMED_CODE.messageKey(), vm.resultKeyProperty().get());
                assertEquals("", vm.enrollmentCodeProperty().get(), "the code is not left on screen");
            }
            assertFalse(vm.enrolledProperty().get());

            // Eight typos cost nothing at the central: the real code still gets through.
            vm.enrollmentCodeProperty().set(typed);
            vm.enroll();
            assertEquals(Enrollment.Result.ENROLLED.messageKey(), vm.resultKeyProperty().get());
            assertTrue(vm.enrolledProperty().get());
        }
    }

    @Test
    void theCentralsLockoutReadsAsTooManyTries() throws Exception {
        try (SandboxServer central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null)) {
            Enrollment e = new Enrollment(null, new Central("", ""), new OkHttpClient(), "TAMBO-02");
            for (int i = 0; i < 5; i++) {
                assertEquals(Enrollment.Result.BAD_CODE, e.enroll(central.baseUrl(), "2345-678" + i));
            }
            assertEquals(Enrollment.Result.TOO_MANY_TRIES, e.enroll(central.baseUrl(), "2345-6789"));
        }
    }

    @Test
    void codesAreGroupedInFoursForReadingAloud() {
        assertEquals("ABCD-EFGH-JK", EnrollmentCode.grouped("abcd efgh-jk"));
        assertEquals("0111-ABCD", EnrollmentCode.grouped("OIlL abcd"), "O, I and L read as digits");
        assertFalse(EnrollmentCode.isWellFormed("ABC"), "too short");
        assertFalse(EnrollmentCode.isWellFormed("ABCD-EFGH-U"), "U is not in Crockford's alphabet");
        assertFalse(EnrollmentCode.isWellFormed("ABCD\u202EEFGH"), "no bidi override");
    }
}
