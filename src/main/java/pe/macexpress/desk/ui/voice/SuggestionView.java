package pe.macexpress.desk.ui.voice;

import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.contract.SuggestionContent;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.ui.help.Keys;

/**
 * A suggestion or a compliment, short and quick, in the citizen's language (the buttons at the top
 * change it): a bulb or a heart, the text (its limit shown as it is typed), an optional name and
 * contact, "Enviar". Esc or "Volver" leaves without saving; after the thanks, "Cerrar".
 */
public final class SuggestionView extends VBox {
    private static final double TARGET = 48;

    private final SuggestionViewModel vm;
    private final Localization text;

    public SuggestionView(SuggestionViewModel vm, Localization text, java.util.List<Language> languages,
                          Runnable onClose) {
        this.vm = vm;
        this.text = text;
        setId("suggestion");
        getStyleClass().addAll("screen", "suggestion-screen");
        setSpacing(10);
        setPadding(new Insets(8));

        Label title = label("suggestion.title");
        title.getStyleClass().add("screen-title");
        HBox langs = new HBox(6);
        langs.setAlignment(Pos.CENTER_RIGHT);
        ToggleGroup langGroup = new ToggleGroup();
        for (Language l : languages) {
            ToggleButton b = new ToggleButton(l.displayName());
            b.setId("suggestion-lang-" + l.tag());
            b.setMinHeight(TARGET);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setToggleGroup(langGroup);
            b.setSelected(l.tag().equals(vm.languageProperty().get()));
            b.setOnAction(e -> {
                vm.languageProperty().set(l.tag());
                b.setSelected(true);
            });
            langs.getChildren().add(b);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, title, gap, langs);
        top.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup kinds = new ToggleGroup();
        ToggleButton suggestion = kind(kinds, SuggestionContent.SUGGESTION, "suggestion-type-suggestion",
                "suggestion.type.suggestion", Pictograms.bulb(40));
        ToggleButton compliment = kind(kinds, SuggestionContent.COMPLIMENT, "suggestion-type-compliment",
                "suggestion.type.compliment", Pictograms.heart(40));
        HBox kindBox = new HBox(12, suggestion, compliment);

        Label ask = new Label();
        ask.textProperty().bind(t(() -> text.text(vm.languageProperty().get(), "suggestion.text",
                SuggestionContent.MAX_TEXT)));
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        TextArea body = new TextArea();
        body.setId("suggestion-text");
        body.setWrapText(true);
        body.setPrefRowCount(3);
        pe.macexpress.desk.ui.common.Fields.limit(body, SuggestionContent.MAX_TEXT);
        body.textProperty().bindBidirectional(vm.textProperty());
        Label remaining = new Label();
        remaining.setId("suggestion-remaining");
        remaining.getStyleClass().add("hint");
        remaining.textProperty().bind(t(() -> text.text(vm.languageProperty().get(), "suggestion.remaining",
                SuggestionContent.MAX_TEXT - vm.textProperty().get().length()), vm.textProperty()));

        TextField name = field("suggestion-name", vm.nameProperty(), SuggestionContent.MAX_NAME);
        TextField contact = field("suggestion-contact", vm.contactProperty(), SuggestionContent.MAX_CONTACT);
        Label nameLabel = label("suggestion.name");
        nameLabel.setLabelFor(name);
        Label contactLabel = label("suggestion.contact");
        contactLabel.setLabelFor(contact);
        VBox nameBox = new VBox(4, nameLabel, name);
        VBox contactBox = new VBox(4, contactLabel, contact);
        nameBox.setPrefWidth(380);
        contactBox.setPrefWidth(380);
        FlowPane who = new FlowPane(16, 8, nameBox, contactBox);

        Label problem = new Label();
        problem.setId("suggestion-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(t(() -> vm.problemProperty().get().isEmpty() ? ""
                : text.text(vm.languageProperty().get(), vm.problemProperty().get()), vm.problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button send = button("suggestion-send", "suggestion.send");
        send.setDefaultButton(true);
        send.disableProperty().bind(vm.stateProperty().isEqualTo(SuggestionViewModel.State.SAVING));
        send.setOnAction(e -> vm.send());
        Button back = button("suggestion-cancel", "suggestion.cancel");
        back.setCancelButton(true);
        back.setOnAction(e -> onClose.run());
        HBox actions = new HBox(12, send, back);
        VBox form = new VBox(10, kindBox, ask, body, remaining, who, problem, actions);

        Label thanks = label("suggestion.thanks");
        thanks.setId("suggestion-thanks");
        thanks.getStyleClass().add("survey-driver");
        Button close = button("suggestion-close", "suggestion.close");
        close.setOnAction(e -> onClose.run());
        VBox done = new VBox(16, Pictograms.heart(96), thanks, close);
        done.setAlignment(Pos.TOP_CENTER);

        getChildren().addAll(top, form);
        vm.stateProperty().addListener((o, was, now) -> {
            if (now == SuggestionViewModel.State.THANKED) {
                getChildren().setAll(top, done);
                langs.setDisable(true);
                Keys.focusSoon(close);
            }
        });
        Keys.screen(this, onClose);
        Keys.focusSoon(body);
    }

    private StringBinding t(Callable<String> compute, javafx.beans.Observable... more) {
        javafx.beans.Observable[] deps = new javafx.beans.Observable[more.length + 1];
        deps[0] = vm.languageProperty();
        System.arraycopy(more, 0, deps, 1, more.length);
        return Bindings.createStringBinding(compute, deps);
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(t(() -> text.text(vm.languageProperty().get(), key)));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Button button(String id, String key) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(t(() -> text.text(vm.languageProperty().get(), key)));
        b.setMinHeight(TARGET);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private ToggleButton kind(ToggleGroup group, String type, String id, String key, javafx.scene.Node sign) {
        ToggleButton b = new ToggleButton();
        b.setId(id);
        b.setToggleGroup(group);
        b.setGraphic(sign);
        b.textProperty().bind(t(() -> text.text(vm.languageProperty().get(), key)));
        b.setMinHeight(TARGET + 8);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setSelected(type.equals(vm.typeProperty().get()));
        b.setOnAction(e -> {
            vm.typeProperty().set(type);
            b.setSelected(true);
        });
        return b;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, int max) {
        TextField f = new TextField();
        f.setId(id);
        f.setMinHeight(TARGET);
        pe.macexpress.desk.ui.common.Fields.limit(f, max);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
