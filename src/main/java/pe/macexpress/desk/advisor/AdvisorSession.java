package pe.macexpress.desk.advisor;

import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.security.Role;

/** Who is at the counter, where, and in which role (issue 15). */
public record AdvisorSession(Advisor advisor, ServicePoint point, Role role) {
}
