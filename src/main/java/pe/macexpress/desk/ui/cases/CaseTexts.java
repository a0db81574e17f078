package pe.macexpress.desk.ui.cases;

import java.time.ZoneId;
import java.util.function.Supplier;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.ui.common.CitizenLine;
import pe.macexpress.desk.ui.common.I18n;

/** How a case reads on screen, in the current language: call inside bindings that follow it. */
final class CaseTexts {
    private CaseTexts() {
    }

    /** The procedure's name in the UI language, from the catalogue in use (its id when it left the catalogue). */
    static String procedure(I18n i18n, Supplier<Catalog> catalog, String procedureId) {
        return catalog.get().procedureName(procedureId, i18n.tag());
    }

    /** What the procedure says the citizen brings back or collects; blank when it says nothing. */
    static String bringBack(I18n i18n, Supplier<Catalog> catalog, String procedureId) {
        return catalog.get().find(procedureId).map(p -> p.bringBack(i18n.tag())).orElse("");
    }

    /** Document and names, masked unless the advisor asked to see them. */
    static String citizen(FollowUpCase c, boolean shown) {
        return CitizenLine.of(c.document().type().code(), c.document(), c.citizenNames(), shown);
    }

    /** "Vence hoy", "Vence el 12 nov. 2026 · quedan 3 días hábiles", "Vencido hace 2 días hábiles", or the closure. */
    static String due(I18n i18n, FollowUpCase c, int daysLeft, ZoneId zone) {
        if (!c.isOpen()) {
            return i18n.get("case.closed.on", i18n.date(c.closing().closedAt(), zone),
                    i18n.get(c.closing().answer().messageKey()));
        }
        String when = i18n.date(c.dueDate());
        if (daysLeft == 0) {
            return i18n.get("case.due.today");
        }
        if (daysLeft > 0) {
            return daysLeft == 1 ? i18n.get("case.due.left.one", when) : i18n.get("case.due.left", when, daysLeft);
        }
        return daysLeft == -1 ? i18n.get("case.due.late.one", when) : i18n.get("case.due.late", when, -daysLeft);
    }

    /** The entity's result: "Resultado nuevo: Resuelto por la entidad"; blank when none arrived. */
    static String result(I18n i18n, FollowUpCase c) {
        if (c.result() == null) {
            return "";
        }
        String status = i18n.get(c.result().status().messageKey());
        return c.result().unread() ? i18n.get("case.result.new", status) : i18n.get("case.result", status);
    }

    /** What is awaited: the advisor's words and what the procedure asks the citizen to bring or collect. */
    static String awaiting(I18n i18n, Supplier<Catalog> catalog, FollowUpCase c) {
        StringBuilder sb = new StringBuilder(i18n.get(c.reason().messageKey()));
        if (c.awaiting() != null && !c.awaiting().isBlank()) {
            sb.append(" · ").append(i18n.get("case.awaiting", c.awaiting().strip()));
        }
        String bring = bringBack(i18n, catalog, c.procedureId());
        if (!bring.isBlank()) {
            sb.append(" · ").append(i18n.get("case.bring.back", bring));
        }
        return sb.toString();
    }
}
