package id.tata.evaluation.ui;

import id.tata.evaluation.domain.Assessment;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.shell.PageHeader;
import id.tata.shell.settings.Columns;
import id.tata.shell.settings.FormParts;
import id.tata.workspace.user.Permission;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import java.math.BigDecimal;
import java.util.List;

/**
 * Penilaian Mandiri: pick an assessment; answer it indicator by indicator (Kuesioner), see where it stands (Dasbor)
 * and every domain and aspect index (Rincian indeks).
 */
final class EvaluationView implements ModuleView {
    private final EvaluationViewModel model;
    private final ModuleContext context;
    private final QuestionnaireModel questionnaire;
    private final DashboardModel dashboard;
    private final EvidenceModel evidence;
    private final AssessmentActions actions;
    private final OutputActions outputs;
    private final BorderPane root = new BorderPane();

    EvaluationView(EvaluationViewModel model, EvaluationServices services, EvidenceFiles files,
                   ModuleContext context) {
        this.model = model;
        this.context = context;
        this.questionnaire = new QuestionnaireModel(services, context.session(), context.tasks(), context.commands(),
                context.i18n(), context.canWrite(Permission.EVALUATION_ENTER));
        this.dashboard = new DashboardModel(services, context.session(), context.tasks(), context.i18n());
        this.evidence = new EvidenceModel(questionnaire, files);
        this.actions = new AssessmentActions(model, services, context);
        this.outputs = new OutputActions(model, services, context, this::refresh);
        model.chosen().addListener((obs, old, now) -> {
            questionnaire.show(now);
            dashboard.show(now, List.copyOf(model.assessments()));
        });
        build();
        root.sceneProperty().addListener((obs, old, now) -> {
            actions.owner(now == null ? null : now.getWindow());
            outputs.owner(now == null ? null : now.getWindow());
        });
        model.reload();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        model.reload();
        // after an undo from the menu the answers changed even if the assessment did not
        questionnaire.show(model.chosen().get());
    }

    private void build() {
        ComboBox<Assessment> assessment = new ComboBox<>(model.assessments());
        assessment.setId("evaluationAssessment");
        assessment.setConverter(FormParts.converter(model::label));
        assessment.valueProperty().bindBidirectional(model.chosen());
        assessment.setPromptText(t("evaluation.ui.none"));
        HBox chooser = new HBox(8, new Label(t("evaluation.ui.assessment")), assessment);
        chooser.setAlignment(Pos.CENTER_LEFT);
        FlowPane toolbar = new FlowPane(8, 6);
        toolbar.getChildren().add(chooser);
        toolbar.getChildren().addAll(actions.buttons());
        toolbar.getChildren().addAll(outputs.buttons());
        toolbar.getStyleClass().add("tata-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        root.setTop(PageHeader.of(t("evaluation.ui.title"), t("evaluation.q.hint"), toolbar,
                FormParts.errorLine(model.error(), "evaluationError")));
        Tab answers = new Tab(t("evaluation.q.tab.questionnaire"),
                new QuestionnairePane(questionnaire, evidence, this::t).node());
        answers.setId("evaluationTabQuestionnaire");
        Tab figures = new Tab(t("evaluation.q.tab.dashboard"), new DashboardPane(dashboard, this::t).node());
        figures.setId("evaluationTabDashboard");
        Tab details = new Tab(t("evaluation.q.tab.scores"), scores());
        details.setId("evaluationTabScores");
        TabPane tabs = new TabPane(answers, figures, details);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("evaluationTabs");
        // answers change on the questionnaire tab; the figures are computed again when they are looked at
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == figures) {
                dashboard.show(model.chosen().get(), List.copyOf(model.assessments()));
            } else if (now == details) {
                model.rescore();
            }
        });
        root.setCenter(tabs);
        root.getStyleClass().add("tata-page");
    }

    /** The index per domain and aspect, with the two summary lines above. */
    private Node scores() {
        Label self = summary("evaluationSelf", model.selfSummary());
        Label verified = summary("evaluationVerified", model.verifiedSummary());
        BorderPane pane = new BorderPane(table());
        pane.setTop(new javafx.scene.layout.VBox(4, self, verified));
        pane.setStyle("-fx-padding: 8 0 0 0;");
        return pane;
    }

    private static Label summary(String id, javafx.beans.property.StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private TableView<ScoreRow> table() {
        TableView<ScoreRow> table = new TableView<>(model.rows());
        table.setId("evaluationScores");
        table.setPlaceholder(new Label(t("evaluation.q.empty")));
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
