package pe.macexpress.desk.advisor;

import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.ServicePoint;

/** Who is at the counter, and where. */
public record AdvisorSession(Advisor advisor, ServicePoint point) {
}
