package id.tata.evaluation.ui;

import id.tata.evaluation.domain.Assessment;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.shell.PageHeader;
import id.tata.shell.settings.Columns;
import id.tata.shell.settings.FormParts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.math.BigDecimal;
import java.util.List;

/** Penilaian Mandiri: pick an assessment, see its two indexes and predicates, and every domain and aspect. */
final class EvaluationView implements ModuleView {
    private final EvaluationViewModel model;
    private final ModuleContext context;
    private final BorderPane root = new BorderPane();

    EvaluationView(EvaluationViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
        build();
        model.reload();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        model.reload();
    }

    private void build() {
        ComboBox<Assessment> assessment = new ComboBox<>(model.assessments());
        assessment.setId("evaluationAssessment");
        assessment.setConverter(FormParts.converter(a -> a.name() + " (" + a.instrumentCode() + ")"));
        assessment.valueProperty().bindBidirectional(model.chosen());
        assessment.setPromptText(t("evaluation.ui.none"));
        HBox chooser = new HBox(8, new Label(t("evaluation.ui.assessment")), assessment);
        chooser.setAlignment(Pos.CENTER_LEFT);
        chooser.getStyleClass().add("tata-toolbar");
        Label self = summary("evaluationSelf", model.selfSummary());
        Label verified = summary("evaluationVerified", model.verifiedSummary());
        root.setTop(PageHeader.of(t("evaluation.ui.title"), t("evaluation.ui.hint"), chooser, self, verified,
                FormParts.errorLine(model.error(), "evaluationError")));
        root.setCenter(table());
        root.getStyleClass().add("tata-page");
    }

    private static Label summary(String id, javafx.beans.property.StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("title-4");
        label.textProperty().bind(text);
        return label;
    }

    private TableView<ScoreRow> table() {
        TableView<ScoreRow> table = new TableView<>(model.rows());
        table.setId("evaluationScores");
        table.setPlaceholder(new Label(t("evaluation.ui.empty")));
        table.getColumns().setAll(List.of(
                Columns.fixed(Columns.text(t("evaluation.ui.column.level"), ScoreRow::level, 80)),
                Columns.fixed(Columns.text(t("evaluation.ui.column.no"), r -> String.valueOf(r.no()), 50)),
                Columns.text(t("evaluation.ui.column.name"), ScoreRow::name, 420),
                Columns.fixed(Columns.text(t("evaluation.ui.column.weight"), r -> decimal(r.weight()) + " %", 90)),
                Columns.fixed(Columns.text(t("evaluation.ui.column.self"), r -> decimal(r.self()), 130)),
                Columns.fixed(Columns.text(t("evaluation.ui.column.verified"), r -> decimal(r.verified()), 130))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ScoreRow item, boolean empty) {
                super.updateItem(item, empty);
                // domains in bold, so the aspects read as their parts
                setStyle(!empty && item != null && item.domain() ? "-fx-font-weight: bold;" : "");
            }
        });
        return table;
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "–" : EvaluationViewModel.decimal(value);
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
