package pe.macexpress.desk.ui.cases;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.ui.common.I18n;

/**
 * On the identification screen, once the document is verified: "¿Viene por su resultado?" with the
 * citizen's open cases (each can be opened) and their latest attentions here. Hidden when there are none.
 */
public final class CitizenCasesPanel extends VBox {
    private final CitizenCasesViewModel vm;
    private final I18n i18n;
    private final Supplier<Catalog> catalog;
    private final ZoneId zone;
    private final Consumer<String> openCase;
    private final VBox openBox = new VBox(6);
    private final VBox previousBox = new VBox(4);

    /** @param openCase opens the follow-up screen on the case of this attention code */
    public CitizenCasesPanel(CitizenCasesViewModel vm, I18n i18n, Supplier<Catalog> catalog, ZoneId zone,
                             Consumer<String> openCase) {
        this.vm = vm;
        this.i18n = i18n;
        this.catalog = catalog;
        this.zone = zone;
        this.openCase = openCase;
        setId("citizen-cases");
        getStyleClass().add("card");
        setSpacing(8);

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(i18n.text("citizen.cases.title"));
        Label previousTitle = new Label();
        previousTitle.getStyleClass().add("hint");
        previousTitle.textProperty().bind(i18n.text("citizen.cases.previous"));
        previousTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.previous()));
        previousTitle.managedProperty().bind(previousTitle.visibleProperty());
        title.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.openCases()));
        title.managedProperty().bind(title.visibleProperty());
        getChildren().addAll(title, openBox, previousTitle, previousBox);

        vm.openCases().addListener((ListChangeListener<FollowUpViewModel.Row>) ch -> rebuild());
        vm.previous().addListener((ListChangeListener<Attention>) ch -> rebuild());
        i18n.languageProperty().addListener(o -> rebuild());
        visibleProperty().bind(vm.anyProperty());
        managedProperty().bind(visibleProperty());
        rebuild();
    }

    private void rebuild() {
        openBox.getChildren().clear();
        for (FollowUpViewModel.Row row : vm.openCases()) {
            FollowUpCase c = row.followUp();
            Label text = new Label();
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            String result = CaseTexts.result(i18n, c);
            text.setText(i18n.get("citizen.cases.case", c.code(), CaseTexts.procedure(i18n, catalog, c.procedureId()),
                    result.isEmpty() ? CaseTexts.due(i18n, c, row.daysLeft(), zone) : result));
            if (c.hasUnreadResult()) {
                text.getStyleClass().add("procedure-name");
            }
            Button open = new Button();
            open.setId("citizen-case-open-" + c.code());
            open.textProperty().bind(i18n.text("citizen.cases.open"));
            open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            open.setOnAction(e -> openCase.accept(c.code()));
            HBox line = new HBox(10, text, open);
            line.setAlignment(Pos.CENTER_LEFT);
            openBox.getChildren().add(line);
        }
        previousBox.getChildren().clear();
        for (Attention a : vm.previous()) {
            Label l = new Label(i18n.get("citizen.cases.previous.row", i18n.date(a.endedAt(), zone),
                    CaseTexts.procedure(i18n, catalog, a.procedureId()), i18n.get(a.outcome().type().messageKey()),
                    a.code()));
            l.setWrapText(true);
            previousBox.getChildren().add(l);
        }
    }
}
