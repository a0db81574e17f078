package pe.macexpress.desk.ui.attention;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.ui.common.I18n;

/**
 * Issue 16 (citizen): the cards of a visit that the citizen reads or hears, in the citizen's language
 * (the visit's, followed live) whatever the advisor's screen speaks: the greeting, the verified data
 * read back, the chosen procedure (requirements, fee in soles, what comes next), what was just saved
 * with its code. Each is built from what the screen already shows; nothing is stored or logged.
 */
final class CitizenCards {
    private final I18n i18n;
    private final Supplier<pe.macexpress.desk.speech.Speech> speech;
    private final Supplier<javafx.beans.property.ObjectProperty<String>> language;
    private final IdentifyViewModel identify;
    private final Clock clock;
    private final ZoneId zone;

    CitizenCards(I18n i18n, Supplier<pe.macexpress.desk.speech.Speech> speech,
                 Supplier<javafx.beans.property.ObjectProperty<String>> language, IdentifyViewModel identify,
                 Clock clock, ZoneId zone) {
        this.i18n = i18n;
        this.speech = speech;
        this.language = language;
        this.identify = identify;
        this.clock = clock;
        this.zone = zone;
    }

    private javafx.beans.property.ObjectProperty<String> language() {
        return language.get();
    }

    private pe.macexpress.desk.i18n.Localization texts() {
        return i18n.localization();
    }

    /** The greeting the citizen hears and reads, in their language (the advisor says it in theirs). */
    javafx.scene.Node greetingCard(Advisor who, boolean withChooser) {
        var language = language();
        pe.macexpress.desk.core.PartOfDay part = pe.macexpress.desk.core.PartOfDay.of(clock.instant(), zone);
        java.util.concurrent.Callable<String> greeting = () -> texts().text(language.get(), "identify.greeting",
                texts().text(language.get(), part.greetingKey()), who.firstName());
        var card = pe.macexpress.desk.ui.common.CitizenCard.of(i18n, speech.get(), language, "citizen-greeting", greeting,
                () -> pe.macexpress.desk.speech.Utterance.of(call(greeting)));
        return withChooser ? card.withChooser(i18n, language) : card;
    }

    /**
     * The verified data read back to the citizen for confirmation: names, the document's number digit
     * by digit. Shows what the screen already shows; nothing is stored or logged.
     */
    javafx.scene.Node readBackCard() {
        var language = language();
        java.util.concurrent.Callable<String> shown = () -> {
            Document d = identify.verifiedDocumentProperty().get();
            if (d == null) {
                return "";
            }
            String l = language.get();
            StringBuilder sb = new StringBuilder();
            String names = identify.confirmedNamesProperty().get();
            if (names != null && !names.isBlank()) {
                sb.append(texts().text(l, "forcitizen.readback.names", names)).append('\n');
            }
            sb.append(texts().text(l, "forcitizen.readback.document", texts().text(l, d.type().messageKey()), d.number()))
                    .append('\n').append(texts().text(l, "forcitizen.readback.ask"));
            return sb.toString();
        };
        Supplier<pe.macexpress.desk.speech.Utterance> said = () -> {
            Document d = identify.verifiedDocumentProperty().get();
            if (d == null) {
                return pe.macexpress.desk.speech.Utterance.of("");
            }
            String l = language.get();
            String names = identify.confirmedNamesProperty().get();
            var u = pe.macexpress.desk.speech.Utterance.builder();
            if (names != null && !names.isBlank()) {
                u.text(texts().text(l, "forcitizen.readback.names", names));
            }
            return u.text(texts().text(l, "forcitizen.readback.document.said", texts().text(l, d.type().messageKey())))
                    .documentNumber(d.number()).text(texts().text(l, "forcitizen.readback.ask")).build();
        };
        var card = pe.macexpress.desk.ui.common.CitizenCard.of(i18n, speech.get(), language, "citizen-readback", shown,
                said, identify.verifiedDocumentProperty(), identify.confirmedNamesProperty());
        card.visibleProperty().bind(identify.verifiedDocumentProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    /** The chosen procedure as the citizen must know it: what to bring, the fee in soles, what comes next. */
    javafx.scene.Node procedureCard(Procedure p, Catalog catalog) {
        var language = language();
        java.util.concurrent.Callable<String> shown = () -> {
            StringBuilder sb = new StringBuilder();
            for (var part : procedureParts(p, language.get())) {
                sb.append(part).append('\n');
            }
            return sb.toString().strip();
        };
        Supplier<pe.macexpress.desk.speech.Utterance> said = () -> procedureUtterance(p, language.get());
        return pe.macexpress.desk.ui.common.CitizenCard.of(i18n, speech.get(), language, "citizen-procedure", shown,
                said).withChooser(i18n, language);
    }

    /** The procedure card's lines in {@code l}. */
    java.util.List<String> procedureParts(Procedure p, String l) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add(texts().text(l, "forcitizen.procedure", p.name(l)));
        if (!p.requirements(l).isEmpty()) {
            lines.add(texts().text(l, "forcitizen.requirements"));
            for (String r : p.requirements(l)) {
                lines.add("•  " + r);
            }
        }
        lines.add(texts().text(l, "forcitizen.fee", p.isFree() ? texts().text(l, "procedure.fee.free")
                : "S/ " + soles(p.feeAmount())));
        lines.add(texts().text(l, "forcitizen.next"));
        lines.addAll(nextSteps(p, l, true));
        return lines;
    }

    private java.util.List<String> nextSteps(Procedure p, String l, boolean withDays) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (p.plazoDays() == null || p.plazoDays() == 0) {
            lines.add(texts().text(l, "forcitizen.next.counter"));
        } else if (withDays) {
            lines.add(texts().text(l, "forcitizen.next.days.before") + " " + p.plazoDays() + " "
                    + texts().text(l, "forcitizen.next.days.after"));
        }
        if (!p.bringBack(l).isBlank()) {
            lines.add(texts().text(l, "forcitizen.next.bring", p.bringBack(l)));
        }
        if (p.followUp()) {
            lines.add(texts().text(l, "forcitizen.next.follow"));
        }
        return lines;
    }

    /** What the speaker says of a procedure in {@code l}: texts, the fee as money, the plazo as a count. */
    pe.macexpress.desk.speech.Utterance procedureUtterance(Procedure p, String l) {
        var u = pe.macexpress.desk.speech.Utterance.builder().text(texts().text(l, "forcitizen.procedure", p.name(l)));
        if (!p.requirements(l).isEmpty()) {
            u.text(texts().text(l, "forcitizen.requirements"));
            for (String r : p.requirements(l)) {
                u.text(r);
            }
        }
        if (p.isFree()) {
            u.text(texts().text(l, "forcitizen.fee", texts().text(l, "procedure.fee.free")));
        } else {
            u.text(texts().text(l, "forcitizen.fee.said")).money(p.feeAmount());
        }
        u.text(texts().text(l, "forcitizen.next"));
        if (p.plazoDays() != null && p.plazoDays() > 0) {
            u.text(texts().text(l, "forcitizen.next.days.before")).count(p.plazoDays())
                    .text(texts().text(l, "forcitizen.next.days.after"));
        }
        for (String line : nextSteps(p, l, false)) {
            u.text(line);
        }
        return u.build();
    }

    /** What was just saved, for the citizen: the procedure, how it ended, its code (said sign by sign). */
    javafx.scene.Node savedCard(Attention a, Catalog catalog) {
        var language = language();
        java.util.concurrent.Callable<String> shown = () -> {
            String l = language.get();
            return texts().text(l, "forcitizen.saved", catalog.procedureName(a.procedureId(), l),
                    texts().text(l, a.outcome().type().messageKey())) + "\n" + texts().text(l, "forcitizen.code") + " "
                    + a.code();
        };
        Supplier<pe.macexpress.desk.speech.Utterance> said = () -> {
            String l = language.get();
            return pe.macexpress.desk.speech.Utterance.builder()
                    .text(texts().text(l, "forcitizen.saved", catalog.procedureName(a.procedureId(), l),
                            texts().text(l, a.outcome().type().messageKey())))
                    .text(texts().text(l, "forcitizen.code")).code(a.code()).build();
        };
        return pe.macexpress.desk.ui.common.CitizenCard.of(i18n, speech.get(), language, "citizen-saved", shown, said)
                .withChooser(i18n, language);
    }

    private static String soles(java.math.BigDecimal amount) {
        java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("es-PE"));
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        return nf.format(amount);
    }

    private static String call(java.util.concurrent.Callable<String> text) {
        try {
            return text.call();
        } catch (Exception e) {
            throw new IllegalStateException("the citizen's text could not be built", e);
        }
    }
}
