package id.tata.evaluation.ui;

import id.tata.shell.settings.Columns;
import id.tata.shell.settings.FormParts;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The dashboard tab: the two indexes and predicates, progress of the review, the domains as bars, the years. */
final class DashboardPane {
    private final DashboardModel model;
    private final Function<String, String> text;
    private final ScrollPane root;

    DashboardPane(DashboardModel model, Function<String, String> text) {
        this.model = model;
        this.text = text;
        ProgressBar bar = new ProgressBar();
        bar.setId("evaluationProgress");
        bar.progressProperty().bind(model.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label progress = new Label();
        progress.setId("evaluationProgressText");
        progress.textProperty().bind(model.progressText());
        VBox content = new VBox(16,
                new HBox(16, figure("evaluation.q.selfIndex", "dashboardSelf", model.selfIndex(),
                        model.selfPredicate()),
                        figure("evaluation.q.verifiedIndex", "dashboardVerified", model.verifiedIndex(),
                                model.verifiedPredicate())),
                new VBox(4, title("evaluation.q.progressTitle"), bar, progress),
                FormParts.errorLine(model.error(), "dashboardError"),
                new VBox(4, chartTitle(), chart()),
                new VBox(4, title("evaluation.q.trend"), trend()));
        content.setStyle("-fx-padding: 12;");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("evaluationDashboard");
    }

    ScrollPane node() {
        return root;
    }

    private VBox figure(String key, String id, StringProperty index, StringProperty predicate) {
        Label name = new Label(text.apply(key));
        name.getStyleClass().add("text-muted");
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("title-1");
        value.textProperty().bind(index);
        Label pred = new Label();
        pred.setId(id + "Predicate");
        pred.getStyleClass().add("title-4");
        pred.setWrapText(true);
        pred.textProperty().bind(predicate);
        VBox card = new VBox(4, name, value, pred);
        card.getStyleClass().add("tata-card");
        card.setMinWidth(220);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private Label title(String key) {
        Label label = new Label(text.apply(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private Label chartTitle() {
        Label label = title("evaluation.q.chart");
        label.textProperty().bind(javafx.beans.binding.Bindings.when(model.byAspect())
                .then(text.apply("evaluation.q.chartAspects")).otherwise(text.apply("evaluation.q.chart")));
        return label;
    }

    private BarChart<String, Number> chart() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 5, 1);
        y.setLabel(text.apply("evaluation.q.index"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("evaluationDomainChart");
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setMinHeight(240);
        model.bars().addListener((ListChangeListener<DashboardModel.Bar>) c -> fill(chart, model.bars()));
        return chart;
    }

    private void fill(BarChart<String, Number> chart, List<DashboardModel.Bar> bars) {
        XYChart.Series<String, Number> self = new XYChart.Series<>();
        self.setName(text.apply("evaluation.q.selfIndex"));
        XYChart.Series<String, Number> verified = new XYChart.Series<>();
        verified.setName(text.apply("evaluation.q.verifiedIndex"));
        for (DashboardModel.Bar b : bars) {
            String label = shorten(b.label());
            if (b.self() != null) {
                self.getData().add(new XYChart.Data<>(label, b.self()));
            }
            if (b.verified() != null) {
                verified.getData().add(new XYChart.Data<>(label, b.verified()));
            }
        }
        chart.getData().setAll(List.of(self, verified));
    }

    /** Domain names run to 40 characters; under a bar they would overlap their neighbours. */
    private static String shorten(String label) {
        return label.length() <= 28 ? label : label.substring(0, 27).strip() + "…";
    }

    private TableView<DashboardModel.Year> trend() {
        TableView<DashboardModel.Year> table = new TableView<>(model.years());
        table.setId("evaluationTrend");
        table.setPlaceholder(new Label(text.apply("evaluation.q.noTrend")));
        table.setPrefHeight(160);
        table.getColumns().setAll(List.of(
                Columns.fixed(Columns.text(text.apply("evaluation.q.column.year"), y -> String.valueOf(y.year()), 70)),
                Columns.text(text.apply("evaluation.q.column.assessment"), DashboardModel.Year::name, 260),
                Columns.fixed(Columns.text(text.apply("evaluation.ui.column.self"), y -> decimal(y.self()), 120)),
                Columns.text(text.apply("evaluation.q.column.predicate"), DashboardModel.Year::selfPredicate, 110),
                Columns.fixed(Columns.text(text.apply("evaluation.ui.column.verified"), y -> decimal(y.verified()),
                        130)),
                Columns.text(text.apply("evaluation.q.column.predicate"), DashboardModel.Year::verifiedPredicate,
                        110)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "–" : EvaluationViewModel.decimal(value);
    }
}
