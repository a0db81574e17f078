package pe.macexpress.desk.ui.attention;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Eligibility;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.ui.common.I18n;

/**
 * What the advisor must know about a procedure before doing it, as lines of text in the current
 * language: kind and channel, the plazo and what the citizen must bring back, who may ask for it
 * (with a warning when the citizen's document does not fit), the chain, where a referral goes.
 * Every channel's screen shows the same facts.
 */
public final class ProcedureFacts {
    private ProcedureFacts() {
    }

    public static String text(Procedure p, Catalog catalog, DocumentType document, I18n i18n) {
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("procedure.kind.channel", i18n.get(p.kind().messageKey()), i18n.get(p.channel().messageKey())));
        lines.add(p.plazoDays() == 0 ? i18n.get("procedure.plazo.counter")
                : i18n.get("procedure.plazo.days", p.plazoDays(), p.plazoReferential() ? i18n.get("procedure.referential") : ""));
        if (!p.bringBack(i18n.tag()).isBlank()) {
            lines.add(i18n.get("procedure.bring.back", p.bringBack(i18n.tag())));
        }
        lines.add(i18n.get("procedure.eligibility", p.eligibility().stream().map(e -> i18n.get(e.messageKey()))
                .collect(Collectors.joining(", "))));
        if (document != null && !fits(p, document)) {
            lines.add(i18n.get("procedure.eligibility.not.document", i18n.get(document.messageKey())));
        }
        List<Procedure> chain = catalog.chainOf(p);
        if (!chain.isEmpty()) {
            lines.add(i18n.get("procedure.chain", chain.stream()
                    .map(before -> before.name(i18n.tag()) + " (" + catalog.entityOf(before).acronym() + ")")
                    .collect(Collectors.joining("; "))));
        }
        if (p.channel() == Channel.REFERRAL) {
            lines.add(i18n.get("procedure.referral.to", p.referralTo(i18n.tag())));
        }
        return String.join("\n", lines);
    }

    /** Whether someone identified with {@code document} is among those the procedure is for. */
    static boolean fits(Procedure p, DocumentType document) {
        Set<Eligibility> who = Eligibility.ofForeignDocument(document).map(EnumSet::of)
                .orElse(EnumSet.of(Eligibility.ADULT, Eligibility.MINOR, Eligibility.MINOR_WITH_GUARDIAN));
        return p.accepts(who);
    }
}
