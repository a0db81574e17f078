package pe.macexpress.desk.ui.attention;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.OutcomeSection;

/** Step 3: requirements, fee and entity of the procedure; then its outcome. */
public final class ProcedureView extends VBox {
    private final javafx.scene.Node firstOutcome;
    private final javafx.scene.Node detailField;
    private final ProcedureViewModel vm;

    /** @param citizenCard what the citizen must know, in the citizen's language (issue 16) */
    ProcedureView(ProcedureViewModel vm, I18n i18n, Visit visit, Runnable onBack, Consumer<Attention> onSaved,
                  javafx.scene.Node citizenCard) {
        this.vm = vm;
        getStyleClass().add("screen");
        setSpacing(10);

        Label name = new Label();
        name.setId("procedure-name");
        name.getStyleClass().add("screen-title");
        name.setWrapText(true);
        name.textProperty().bind(i18n.computed(() -> vm.procedureProperty().get() == null ? ""
                : vm.procedureProperty().get().name(i18n.tag()), vm.procedureProperty()));

        Label entity = new Label();
        entity.setId("procedure-entity");
        entity.setWrapText(true);
        entity.textProperty().bind(i18n.computed(() -> vm.procedureProperty().get() == null ? ""
                : i18n.get("procedure.entity", vm.entityProperty().get().name(i18n.tag())), vm.procedureProperty()));

        Label fee = new Label();
        fee.setId("procedure-fee");
        fee.textProperty().bind(i18n.computed(() -> vm.procedureProperty().get() == null ? ""
                : i18n.get("procedure.fee", feeText(vm.procedureProperty().get(), i18n)), vm.procedureProperty()));

        Label reqTitle = new Label();
        reqTitle.getStyleClass().add("section-title");
        reqTitle.textProperty().bind(i18n.text("procedure.requirements"));
        Label requirements = new Label();
        requirements.setId("procedure-requirements");
        requirements.setWrapText(true);
        requirements.textProperty().bind(i18n.computed(() -> {
            Procedure p = vm.procedureProperty().get();
            if (p == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (String r : p.requirements(i18n.tag())) {
                sb.append("•  ").append(r).append('\n');
            }
            if (p.followUp()) {
                sb.append(i18n.get("procedure.follow.up"));
            }
            return sb.toString().strip();
        }, vm.procedureProperty()));
        Label facts = new Label();
        facts.setId("procedure-facts");
        facts.setWrapText(true);
        facts.textProperty().bind(i18n.computed(() -> vm.procedureProperty().get() == null ? ""
                : ProcedureFacts.text(vm.procedureProperty().get(), vm.catalog(), visit.document().type(), i18n),
                vm.procedureProperty()));
        VBox info = new VBox(6, entity, fee, facts, reqTitle, requirements);
        info.getStyleClass().add("card");

        VBox outcome = OutcomeSection.build(vm.outcomeProperty(), vm.detailProperty(), i18n, "outcome-",
                "procedure-detail", 3);

        Label error = Fields.errorLine(i18n, "procedure-error", vm.errorKeyProperty());

        Button save = new Button();
        save.setId("procedure-save");
        save.setDefaultButton(true);
        save.textProperty().bind(i18n.text("procedure.save"));
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save(visit, onSaved));
        Button back = new Button();
        back.setId("procedure-back");
        back.textProperty().bind(i18n.text("procedure.back"));
        back.disableProperty().bind(vm.savingProperty());
        back.setOnAction(e -> onBack.run());
        HBox actions = new HBox(10, save, back);
        actions.setAlignment(Pos.CENTER_LEFT);

        firstOutcome = outcome.lookup("#outcome-" + pe.macexpress.desk.core.OutcomeType.values()[0].name()
                .toLowerCase(Locale.ROOT));
        detailField = outcome.lookup("#procedure-detail");
        // 1..4 choose the outcome; one that needs a detail puts the cursor there.
        pe.macexpress.desk.ui.help.Keys.outcomes(this, vm.outcomeProperty(), t -> {
            if (t.needsDetail()) {
                pe.macexpress.desk.ui.help.Keys.focusSoon(detailField);
            }
        });
        pe.macexpress.desk.ui.help.Keys.screen(this, () -> {
            if (!vm.savingProperty().get()) {
                onBack.run();
            }
        });

        // The citizen's card after the advisor's actions: the outcome and "Registrar" stay where they were.
        VBox body = new VBox(10, name, info, outcome, error, actions, citizenCard);
        body.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("plain-scroll");
        getChildren().add(scroll);
    }

    /** Typing starts at the outcome: its first choice, or the detail when the outcome is preset (referral). */
    void focusStart() {
        pe.macexpress.desk.ui.help.Keys.focusSoon(vm.outcomeProperty().get() != null ? detailField : firstOutcome);
    }

    static String feeText(Procedure p, I18n i18n) {
        if (p.isFree()) {
            return i18n.get("procedure.fee.free");
        }
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.forLanguageTag("es-PE"));
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        return "S/ " + nf.format(p.feeAmount());
    }
}
