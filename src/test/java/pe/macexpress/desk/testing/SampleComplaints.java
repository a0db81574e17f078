package pe.macexpress.desk.testing;

import java.util.UUID;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.core.DocumentType;

/** A whole complaint filing (fictitious citizen), for store, sync and handler tests. */
public final class SampleComplaints {
    private SampleComplaints() {
    }

    public static ComplaintFiling filing(String language) {
        return new ComplaintFiling(UUID.randomUUID(), "ADV-DEMO-1", DocumentType.DNI, "40123456",
                "ROSA QUISPE MAMANI", "Jr. Los Incas 123, Cusco", "984 000 111", "rosa.quispe@example.org",
                ComplaintFiling.ReplyVia.EMAIL, false, "", "",
                "Esperé dos horas y nadie me atendió en la ventanilla.", "Que se mejore la atención.",
                "Se le atendió de inmediato y se pidió disculpas.", language,
                ComplaintFiling.Confirmation.CITIZEN_READ);
    }
}
