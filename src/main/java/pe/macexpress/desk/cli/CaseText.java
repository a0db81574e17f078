package pe.macexpress.desk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.CitizenNames;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.FollowUpCase;

/** One case as {@code case} and {@code cases} print it: a line for people, an object for tools. Citizen masked. */
final class CaseText {
    private final Localization text;
    private final String tag;
    private final Catalog catalog;
    private final CaseService cases;

    CaseText(Localization text, String tag, Catalog catalog, CaseService cases) {
        this.text = text;
        this.tag = tag;
        this.catalog = catalog;
        this.cases = cases;
    }

    String line(FollowUpCase c) {
        String procedure = catalog.procedureName(c.procedureId(), tag);
        String state = c.isOpen()
                ? text.text(tag, "case.cli.open", text.date(tag, c.dueDate()), cases.daysLeft(c))
                : text.text(tag, "case.cli.closed", text.text(tag, c.closing().answer().messageKey()),
                        c.closing().reason());
        String result = c.result() == null ? ""
                : text.text(tag, "case.cli.result", text.text(tag, c.result().status().messageKey()), c.result().note());
        // Columns only, no words of its own: the same in every language.
        return String.join("  ", c.code(), procedure, "[" + text.text(tag, c.reason().messageKey()) + "]", state,
                result, c.document().masked() + " " + CitizenNames.masked(c.citizenNames())).strip();
    }

    ObjectNode json(FollowUpCase c) {
        ObjectNode o = Wire.mapper().createObjectNode();
        o.put("code", c.code());
        o.put("attentionId", c.attentionId().toString());
        o.put("procedure", c.procedureId());
        o.put("reason", c.reason().code());
        o.put("awaiting", c.awaiting());
        o.put("openedAt", c.openedAt().toString());
        o.put("due", c.dueDate().toString());
        o.put("open", c.isOpen());
        if (c.isOpen()) {
            o.put("businessDaysLeft", cases.daysLeft(c));
        }
        o.put("document", c.document().type().code() + " " + c.document().masked());
        o.put("names", CitizenNames.masked(c.citizenNames()));
        if (c.result() != null) {
            ObjectNode r = o.putObject("result");
            r.put("status", c.result().status().code());
            r.put("note", c.result().note());
            r.put("at", c.result().at().toString());
            r.put("unread", c.result().unread());
        }
        if (c.closing() != null) {
            ObjectNode r = o.putObject("closing");
            r.put("answer", c.closing().answer().code());
            r.put("reason", c.closing().reason());
            r.put("closedAt", c.closing().closedAt().toString());
            r.put("closedBy", c.closing().closedBy());
        }
        return o;
    }
}
