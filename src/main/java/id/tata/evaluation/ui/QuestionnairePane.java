package id.tata.evaluation.ui;

import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Aspect;
import id.tata.evaluation.domain.Domain;
import id.tata.shell.settings.Columns;
import id.tata.shell.settings.FormParts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The questionnaire tab: the indicators on the left (filters above), the chosen one on the right. Ctrl/Alt + ↓/↑ go
 * to the next or previous indicator, saving what was typed; Ctrl+S saves.
 */
final class QuestionnairePane {
    private final QuestionnaireModel model;
    private final Function<String, String> text;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final TableView<IndicatorRow> table;

    QuestionnairePane(QuestionnaireModel model, EvidenceModel evidence, Function<String, String> text) {
        this.model = model;
        this.text = text;
        this.table = table();
        VBox left = new VBox(8, filters(), table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        AnswerEditor editor = new AnswerEditor(model, evidence, text);
        ScrollPane right = new ScrollPane(editor.node());
        right.setFitToWidth(true);
        right.setId("evaluationEditorScroll");
        editor.node().setStyle("-fx-padding: 0 12 12 12;");
        split.getItems().setAll(left, right);
        split.setDividerPositions(0.4);
        root.setTop(navigation(left));
        root.setCenter(split);
        root.setId("evaluationQuestionnaire");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        model.current().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
            right.setVvalue(0);
        });
        model.changes().addListener((obs, old, now) -> table.refresh());
    }

    BorderPane node() {
        return root;
    }

    /**
     * Previous / next, and hiding the list: on a laptop screen the five criteria cards need the whole width to be
     * read without breaking words.
     */
    private HBox navigation(VBox list) {
        ToggleButton shown = new ToggleButton(text.apply("evaluation.q.list"));
        shown.setId("evaluationListToggle");
        shown.setGraphic(new FontIcon(Material2AL.LIST));
        shown.setSelected(true);
        double[] divider = {0.4};
        shown.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                split.getItems().add(0, list);
                split.setDividerPositions(divider[0]);
            } else {
                divider[0] = split.getDividerPositions()[0];
                split.getItems().remove(list);
            }
        });
        Button previous = FormParts.button("evaluationPrevious", text.apply("evaluation.q.previous"));
        previous.setGraphic(new FontIcon(Material2AL.KEYBOARD_ARROW_UP));
        previous.setOnAction(e -> model.move(-1));
        Button next = FormParts.button("evaluationNext", text.apply("evaluation.q.next"));
        next.setGraphic(new FontIcon(Material2AL.KEYBOARD_ARROW_DOWN));
        next.setOnAction(e -> model.move(1));
        HBox bar = new HBox(8, shown, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-padding: 8 0 8 0;");
        return bar;
    }

    private FlowPane filters() {
        ComboBox<Domain> domain = filter("evaluationFilterDomain", model.domains(),
                d -> d.no() + ". " + d.name(), "evaluation.q.filter.domain");
        domain.valueProperty().bindBidirectional(model.domainFilter());
        domain.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.domains()).greaterThan(1));
        domain.managedProperty().bind(domain.visibleProperty());
        ComboBox<Aspect> aspect = filter("evaluationFilterAspect", model.aspects(),
                a -> a.no() + ". " + a.name(), "evaluation.q.filter.aspect");
        aspect.valueProperty().bindBidirectional(model.aspectFilter());
        List<AnswerStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(Arrays.asList(AnswerStatus.values()));
        ComboBox<AnswerStatus> status = filter("evaluationFilterStatus",
                javafx.collections.FXCollections.observableArrayList(statuses), model::status,
                "evaluation.q.filter.status");
        status.valueProperty().bindBidirectional(model.statusFilter());
        ComboBox<String> assignee = filter("evaluationFilterAssignee", model.assignees(), s -> s,
                "evaluation.q.filter.assignee");
        assignee.valueProperty().bindBidirectional(model.assigneeFilter());
        assignee.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.assignees()).greaterThan(1));
        assignee.managedProperty().bind(assignee.visibleProperty());
        CheckBox recheck = new CheckBox(text.apply("evaluation.q.filter.recheck"));
        recheck.setId("evaluationFilterRecheck");
        recheck.selectedProperty().bindBidirectional(model.recheckOnly());
        FlowPane bar = new FlowPane(8, 6, domain, aspect, status, assignee, recheck);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** A filter whose empty choice means "all" and shows the prompt ("Semua domain"). */
    private <T> ComboBox<T> filter(String id, javafx.collections.ObservableList<T> items, Function<T, String> label,
                                   String allKey) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        String all = text.apply(allKey);
        box.setPromptText(all);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? all : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("picked, not typed");
            }
        });
        box.setMaxWidth(220);
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? all : label.apply(item));
            }
        });
        return box;
    }

    private TableView<IndicatorRow> table() {
        TableView<IndicatorRow> rows = new TableView<>(model.shown());
        TableColumn<IndicatorRow, String> assignee = Columns.fixed(Columns.text(
                text.apply("evaluation.q.column.assignee"),
                r -> r.answer().assignee() == null ? "" : r.answer().assignee(), 90));
        // nobody assigned (a small office, or before the supervisor assigns): the column would only take room
        assignee.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.assignees()).greaterThan(1));
        rows.setId("evaluationIndicators");
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.when(Bindings.isEmpty(model.rows()))
                .then(text.apply("evaluation.q.noAssessment")).otherwise(text.apply("evaluation.q.noIndicators")));
        rows.setPlaceholder(empty);
        rows.getColumns().setAll(List.of(
                Columns.fixed(Columns.text(text.apply("evaluation.q.column.no"), r -> String.valueOf(r.no()), 44)),
                wrapping(Columns.text(text.apply("evaluation.q.column.indicator"), r -> r.indicator().name(), 240)),
                Columns.fixed(Columns.text(text.apply("evaluation.q.column.level"),
                        r -> LevelBox.text(r.answer().selfLevel()), 60)),
                Columns.fixed(Columns.text(text.apply("evaluation.q.column.status"),
                        r -> model.status(r.answer().status()) + (r.answer().needsRecheck() ? " ⟳" : ""), 96)),
                assignee,
                Columns.fixed(Columns.text(text.apply("evaluation.q.column.evidence"),
                        r -> String.valueOf(r.answer().evidence().size()), 66))));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // the short columns keep their width; the indicator name takes what is left
        rows.getColumns().stream().filter(c -> c != rows.getColumns().get(1))
                .forEach(c -> c.setMaxWidth(c.getPrefWidth()));
        rows.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.choose(now);
            }
        });
        return rows;
    }

    /** Indicator names run to 120 characters and begin alike ("Tingkat Kematangan …"): wrap them, never cut. */
    private static TableColumn<IndicatorRow, String> wrapping(TableColumn<IndicatorRow, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text body = new Text();

            {
                body.wrappingWidthProperty().bind(c.widthProperty().subtract(12));
                body.getStyleClass().add("text");
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                body.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : body);
                setText(null);
            }
        });
        return column;
    }

    private void keys(KeyEvent e) {
        boolean modifier = e.isControlDown() || e.isAltDown();
        if (modifier && e.getCode() == KeyCode.DOWN) {
            model.move(1);
            e.consume();
        } else if (modifier && e.getCode() == KeyCode.UP) {
            model.move(-1);
            e.consume();
        } else if (e.isControlDown() && e.getCode() == KeyCode.S) {
            model.save(() -> { });
            e.consume();
        }
    }
}
