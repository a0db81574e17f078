package pe.macexpress.desk.ui.procedure;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.FieldType;
import pe.macexpress.desk.catalog.FormField;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.procedure.ChosenDocument;
import pe.macexpress.desk.procedure.FieldProblem;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.OutcomeSection;
import pe.macexpress.desk.ui.common.I18n;

/**
 * The capture form: one control per field type, labels and help in the advisor's language, a
 * mark on required fields, the problem under each field as it is typed; documents from a file,
 * the scanner's folder or the signature pad, with thumbnails; the outcome and Save. Enter moves
 * to the next field (Tab too); every control is at least 44 px high for touch; the form scrolls.
 */
public final class CaptureView extends VBox {
    static final double TOUCH = 44;
    private static final double THUMB_W = 120;
    private static final double FIELD_WIDTH = 440;
    private static final double THUMB_H = 90;

    private final CaptureViewModel vm;
    private final I18n i18n;
    private final List<Node> order = new ArrayList<>();
    private final ScrollPane scroll;
    private final VBox body;
    private final java.util.Map<String, Node> controlOf = new java.util.HashMap<>();

    public CaptureView(CaptureViewModel vm, I18n i18n, Visit visit, Runnable onBack, Consumer<Attention> onSaved) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("screen");
        setSpacing(10);
        Procedure p = vm.procedureProperty().get();
        CaptureViewModel.Draft draft = vm.draft();

        Label name = new Label();
        name.setId("capture-name");
        name.getStyleClass().add("screen-title");
        name.setWrapText(true);
        name.textProperty().bind(i18n.computed(() -> p.name(i18n.tag())));

        Label entity = new Label();
        entity.setId("capture-entity");
        entity.setWrapText(true);
        entity.textProperty().bind(i18n.computed(() -> vm.entityProperty().get() == null ? ""
                : i18n.get("procedure.entity", vm.entityProperty().get().name(i18n.tag()))));
        Label reqTitle = sectionTitle("procedure.requirements");
        Label requirements = new Label();
        requirements.setId("capture-requirements");
        requirements.setWrapText(true);
        requirements.textProperty().bind(i18n.computed(() -> {
            StringBuilder sb = new StringBuilder();
            p.requirements(i18n.tag()).forEach(r -> sb.append("•  ").append(r).append('\n'));
            if (p.plazoDays() != null && p.plazoDays() > 0) {
                sb.append(i18n.get("capture.plazo", p.plazoDays()));
            }
            return sb.toString().strip();
        }));
        VBox info = new VBox(6, entity, reqTitle, requirements);
        info.getStyleClass().add("card");

        Label formTitle = sectionTitle("capture.form");
        Label legend = new Label();
        legend.getStyleClass().add("hint");
        legend.textProperty().bind(i18n.text("capture.required.legend"));
        VBox form = new VBox(14);
        form.setId("capture-form");
        form.getStyleClass().add("card");
        form.getChildren().add(legend);
        // Typed fields flow two to a row where the window is wide enough; documents take a whole row.
        FlowPane typed = null;
        for (CaptureField f : draft.fields()) {
            VBox box = fieldBox(f);
            if (f.field().type().isAttachment()) {
                form.getChildren().add(box);
                typed = null;
                continue;
            }
            if (typed == null) {
                typed = new FlowPane(24, 14);
                form.getChildren().add(typed);
            }
            box.setPrefWidth(FIELD_WIDTH);
            typed.getChildren().add(box);
        }

        VBox outcome = OutcomeSection.build(draft.outcomeProperty(), draft.detailProperty(), i18n, "capture-outcome-",
                "capture-detail", 2);
        TextArea detail = (TextArea) outcome.lookup("#capture-detail");
        detail.setMaxWidth(640);
        // In the outcome section 1..4 choose the outcome (the form's fields above keep their digits).
        pe.macexpress.desk.ui.help.Keys.outcomes(outcome, draft.outcomeProperty(), t -> {
            if (t.needsDetail()) {
                pe.macexpress.desk.ui.help.Keys.focusSoon(detail);
            }
        });

        Label error = Fields.errorLine(i18n, "capture-error", vm.errorKeyProperty());

        Button save = new Button();
        save.setId("capture-save");
        save.setMinHeight(TOUCH);
        save.textProperty().bind(i18n.text("capture.save"));
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save(visit, onSaved));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(28, 28);
        busy.visibleProperty().bind(vm.savingProperty());
        Button back = new Button();
        back.setId("capture-back");
        back.setMinHeight(TOUCH);
        back.textProperty().bind(i18n.text("procedure.back"));
        back.disableProperty().bind(vm.savingProperty());
        back.setOnAction(e -> onBack.run());
        HBox actions = new HBox(10, save, back, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        order.add(detail);
        order.add(save);

        body = new VBox(10, name, info, formTitle, form, outcome, error, actions);
        body.setPadding(new Insets(4, 12, 12, 4));
        scroll = new ScrollPane(body);
        scroll.setId("capture-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("plain-scroll");
        getChildren().add(scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);

        // Enter moves to the next field, as on a paper form; Tab keeps working as usual.
        body.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || getScene() == null) {
                return;
            }
            Node focus = getScene().getFocusOwner();
            int i = indexOf(focus);
            if (i >= 0 && !(focus instanceof Button) && !(focus instanceof TextArea) && i + 1 < order.size()) {
                order.get(i + 1).requestFocus();
                e.consume();
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.focusOwnerProperty().addListener((fo, before, after) -> {
                    if (after != null && indexOf(after) >= 0) {
                        ensureVisible(after);
                    }
                });
            }
        });
        vm.firstInvalidProperty().addListener((o, was, now) -> {
            Node c = now == null ? null : controlOf.get(now);
            if (c != null) {
                c.requestFocus();
                ensureVisible(c);
            }
        });
        if (vm.hasScanner()) {
            vm.refreshScanner();
        }
    }

    /** Focus on the first field. */
    public void focusFirst() {
        if (!order.isEmpty()) {
            order.get(0).requestFocus();
        }
    }

    private int indexOf(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            int i = order.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private void ensureVisible(Node node) {
        Bounds b = body.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = body.getHeight() - scroll.getViewportBounds().getHeight();
        if (b == null || hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        double viewport = scroll.getViewportBounds().getHeight();
        if (b.getMinY() - 60 < top) {
            scroll.setVvalue(Math.max(0, (b.getMinY() - 60) / hidden));
        } else if (b.getMaxY() + 20 > top + viewport) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() + 20 - viewport) / hidden));
        }
    }

    private Label sectionTitle(String key) {
        Label l = new Label();
        l.getStyleClass().add("section-title");
        l.textProperty().bind(i18n.text(key));
        return l;
    }

    private VBox fieldBox(CaptureField f) {
        FormField field = f.field();
        Label label = new Label();
        label.setId("capture-label-" + f.id());
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        label.textProperty().bind(i18n.computed(() -> field.label(i18n.tag()) + (field.required() ? "  *" : "")));
        VBox box = new VBox(4, label);
        Label help = new Label();
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        help.textProperty().bind(i18n.computed(() -> field.help(i18n.tag())));
        Fields.collapseWhenEmpty(help);
        box.getChildren().add(help);
        Node control = switch (field.type()) {
            case CHOICE -> choice(f);
            case YESNO -> yesNo(f);
            case PHOTO -> documents(f);
            case SIGNATURE -> signature(f);
            default -> textField(f);
        };
        box.getChildren().add(control);
        Label problem = new Label();
        problem.setId("capture-problem-" + f.id());
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(i18n.computed(() -> {
            FieldProblem p = f.problemProperty().get();
            return p == null ? "" : i18n.get(p.key(), p.args().toArray());
        }, f.problemProperty()));
        Fields.collapseWhenEmpty(problem);
        box.getChildren().add(problem);
        return box;
    }

    private void inOrder(CaptureField f, Control c) {
        order.add(c);
        controlOf.putIfAbsent(f.id(), c);
        c.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                f.touchedProperty().set(true);
            }
        });
    }

    private TextField textField(CaptureField f) {
        TextField tf = new TextField();
        tf.setId("capture-field-" + f.id());
        tf.setMinHeight(TOUCH);
        tf.setMaxWidth(f.field().type() == FieldType.TEXT || f.field().type() == FieldType.EMAIL ? FIELD_WIDTH : 300);
        tf.textProperty().bindBidirectional(f.valueProperty());
        Fields.limit(tf, Math.min(pe.macexpress.desk.security.TextGuard.MAX_FREE_TEXT,
                f.field().type() == FieldType.TEXT ? pe.macexpress.desk.procedure.FieldRules.maxLength(f.field())
                        : pe.macexpress.desk.procedure.FieldRules.DEFAULT_MAX_LENGTH));
        String prompt = switch (f.field().type()) {
            case DATE -> "capture.prompt.date";
            case PHONE -> "capture.prompt.phone";
            case DOCNUMBER -> "capture.prompt.docnumber";
            case UBIGEO -> "capture.prompt.ubigeo";
            case EMAIL -> "capture.prompt.email";
            case NUMBER -> "capture.prompt.number";
            default -> "";
        };
        if (!prompt.isEmpty()) {
            tf.promptTextProperty().bind(i18n.text(prompt));
        }
        inOrder(f, tf);
        return tf;
    }

    private ComboBox<String> choice(CaptureField f) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId("capture-field-" + f.id());
        combo.setMinHeight(TOUCH);
        combo.setPrefWidth(300);
        f.field().choices().forEach(o -> combo.getItems().add(o.value()));
        Fields.localizedCells(combo, v -> optionText(f.field(), v));
        combo.valueProperty().bindBidirectional(f.valueProperty());
        inOrder(f, combo);
        return combo;
    }

    private StringBinding optionText(FormField field, String value) {
        return i18n.computed(() -> field.choices().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label(i18n.tag())).orElse(""));
    }

    private HBox yesNo(CaptureField f) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton yes = new ToggleButton();
        yes.setId("capture-field-" + f.id() + "-yes");
        yes.textProperty().bind(i18n.text("capture.yes"));
        yes.setUserData(pe.macexpress.desk.procedure.FieldRules.YES);
        ToggleButton no = new ToggleButton();
        no.setId("capture-field-" + f.id() + "-no");
        no.textProperty().bind(i18n.text("capture.no"));
        no.setUserData(pe.macexpress.desk.procedure.FieldRules.NO);
        for (ToggleButton b : List.of(yes, no)) {
            b.setToggleGroup(group);
            b.setMinSize(88, TOUCH);
            b.setSelected(b.getUserData().equals(f.valueProperty().get()));
            inOrder(f, b);
        }
        group.selectedToggleProperty().addListener((o, was, now) ->
                f.valueProperty().set(now == null ? "" : (String) now.getUserData()));
        HBox row = new HBox(8, yes, no);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox documents(CaptureField f) {
        Button fromFile = new Button();
        fromFile.setId("capture-file-" + f.id());
        fromFile.setMinHeight(TOUCH);
        fromFile.textProperty().bind(i18n.text("capture.document.from.file"));
        fromFile.setOnAction(e -> chooseFiles(f));
        inOrder(f, fromFile);
        HBox buttons = new HBox(8, fromFile);
        buttons.setAlignment(Pos.CENTER_LEFT);
        FlowPane scanned = new FlowPane(8, 8);
        scanned.setId("capture-scanner-" + f.id());
        scanned.setVisible(false);
        scanned.setManaged(false);
        if (vm.hasScanner()) {
            Button fromScanner = new Button();
            fromScanner.setId("capture-scan-" + f.id());
            fromScanner.setMinHeight(TOUCH);
            fromScanner.textProperty().bind(i18n.text("capture.document.from.scanner"));
            fromScanner.setOnAction(e -> {
                boolean show = !scanned.isVisible();
                if (show) {
                    vm.refreshScanner();
                }
                scanned.setVisible(show);
                scanned.setManaged(show);
            });
            inOrder(f, fromScanner);
            buttons.getChildren().add(fromScanner);
            Runnable fill = () -> {
                scanned.getChildren().clear();
                if (vm.scannerImages().isEmpty()) {
                    Label none = new Label();
                    none.getStyleClass().add("hint");
                    none.textProperty().bind(i18n.text("capture.document.scanner.empty"));
                    scanned.getChildren().add(none);
                }
                for (Path img : vm.scannerImages()) {
                    ImageView view = new ImageView(new Image(img.toUri().toString(), THUMB_W, THUMB_H, true, true, true));
                    Button pick = new Button(null, view);
                    pick.setMinSize(THUMB_W + 12, TOUCH);
                    pick.setOnAction(e -> {
                        vm.addDocument(f, img);
                        scanned.setVisible(false);
                        scanned.setManaged(false);
                    });
                    scanned.getChildren().add(pick);
                }
            };
            vm.scannerImages().addListener((ListChangeListener<Path>) c -> fill.run());
            fill.run();
        }
        ProgressIndicator preparing = new ProgressIndicator();
        preparing.setPrefSize(24, 24);
        preparing.visibleProperty().bind(f.preparingProperty());
        preparing.managedProperty().bind(f.preparingProperty());
        buttons.getChildren().add(preparing);
        return new VBox(8, buttons, scanned, thumbnails(f), documentError(f));
    }

    private VBox signature(CaptureField f) {
        SignaturePad pad = new SignaturePad();
        pad.setId("capture-pad-" + f.id());
        Button use = new Button();
        use.setId("capture-sign-" + f.id());
        use.setMinHeight(TOUCH);
        use.textProperty().bind(i18n.text("capture.signature.use"));
        use.setOnAction(e -> {
            if (pad.isDrawn()) {
                vm.addSignature(f, pad.png());
            }
        });
        Button clear = new Button();
        clear.setId("capture-clear-" + f.id());
        clear.setMinHeight(TOUCH);
        clear.textProperty().bind(i18n.text("capture.signature.clear"));
        clear.setOnAction(e -> pad.clear());
        inOrder(f, use);
        inOrder(f, clear);
        Label hint = new Label();
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(i18n.text("capture.signature.hint"));
        HBox buttons = new HBox(8, use, clear);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, hint, pad, buttons, thumbnails(f), documentError(f));
    }

    private Label documentError(CaptureField f) {
        Label error = new Label();
        error.setId("capture-document-error-" + f.id());
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(i18n.text(f.documentErrorKeyProperty()));
        Fields.collapseWhenEmpty(error);
        return error;
    }

    private FlowPane thumbnails(CaptureField f) {
        FlowPane pane = new FlowPane(10, 10);
        pane.setId("capture-thumbs-" + f.id());
        Runnable fill = () -> {
            pane.getChildren().clear();
            for (ChosenDocument d : f.documents()) {
                ImageView view = new ImageView(new Image(new ByteArrayInputStream(d.document().bytes()), THUMB_W, THUMB_H,
                        true, true));
                Button remove = new Button();
                remove.getStyleClass().add("capture-remove");
                remove.setMinHeight(TOUCH);
                remove.textProperty().bind(i18n.text("capture.document.remove"));
                remove.setOnAction(e -> vm.removeDocument(f, d));
                Label size = new Label(Math.max(1, d.document().size() / 1024) + " KB");
                size.getStyleClass().add("hint");
                VBox thumb = new VBox(4, view, size, remove);
                thumb.setAlignment(Pos.CENTER);
                thumb.getStyleClass().add("card");
                pane.getChildren().add(thumb);
            }
        };
        f.documents().addListener((ListChangeListener<ChosenDocument>) c -> fill.run());
        fill.run();
        return pane;
    }

    private void chooseFiles(CaptureField f) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("capture.document.from.file"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("capture.document.filter"),
                        "*.jpg", "*.jpeg", "*.png", "*.bmp", "*.gif", "*.tif", "*.tiff",
                        "*.JPG", "*.JPEG", "*.PNG"),
                new FileChooser.ExtensionFilter(i18n.get("capture.document.filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
        if (files != null) {
            files.forEach(file -> vm.addDocument(f, file.toPath()));
        }
    }
}
