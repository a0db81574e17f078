package pe.macexpress.desk.sandbox;

import java.util.List;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.PointType;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.identity.PideCredentials;

/** The demo advisors, point and PIDE credentials of training mode. All fictitious. */
public final class TrainingData {
    /** Every demo advisor's PIN; shown on the sign-in screen in training mode. */
    public static final String DEMO_PIN = "1234";

    public static final PideCredentials CREDENTIALS = new PideCredentials("40000006", "20512333797", "capacitacion-2018");

    public static final ServicePoint POINT = new ServicePoint("TAMBO-DEMO-01", "Tambo Nueva Esperanza",
            PointType.TAMBO, "160101", "LORETO/MAYNAS/IQUITOS");

    public static final List<Advisor> ADVISORS = List.of(
            new Advisor("ADV-DEMO-1", "Ana Quispe Huamán"),
            new Advisor("ADV-DEMO-2", "Luis Pizango Sangama"),
            new Advisor("ADV-DEMO-3", "Rosa Mamani Condori"));

    /** Issue 15 (roles): the demo point's supervisor and trainer (fictitious too); they sign in like the others. */
    public static final List<Advisor> SUPERVISION = List.of(
            new Advisor("SUP-DEMO-1", "Carmen Tito Ccori"),
            new Advisor("TRN-DEMO-1", "Julio Apaza Huanca"));

    /** Every demo person who signs in: the advisors, then the supervisor and the trainer. */
    public static List<Advisor> everyone() {
        List<Advisor> all = new java.util.ArrayList<>(ADVISORS);
        all.addAll(SUPERVISION);
        return List.copyOf(all);
    }

    /** Issue 15 (roles): the role of each demo advisor. */
    public static pe.macexpress.desk.security.Role role(Advisor a) {
        return a.id().startsWith("SUP-") ? pe.macexpress.desk.security.Role.SUPERVISOR
                : a.id().startsWith("TRN-") ? pe.macexpress.desk.security.Role.TRAINER
                : pe.macexpress.desk.security.Role.ADVISOR;
    }

    private TrainingData() {
    }
}
