package id.tata.evaluation.ui;

import id.tata.common.error.TataException;
import id.tata.common.task.BackgroundTask;
import id.tata.common.undo.UndoableCommand;
import id.tata.documents.render.DocumentFormat;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.exchange.domain.MergeDecisions;
import id.tata.evaluation.exchange.domain.MergePreview;
import id.tata.evaluation.exchange.service.MergeInfo;
import id.tata.evaluation.exchange.service.MergeResult;
import id.tata.evaluation.exchange.service.PackageService;
import id.tata.evaluation.report.ReportKind;
import id.tata.evaluation.report.ReportRequest;
import id.tata.evaluation.service.EvaluationReportService;
import id.tata.shell.ModuleContext;
import id.tata.shell.settings.FormParts;
import id.tata.workspace.user.Permission;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What leaves the page: the outputs of the chosen assessment (Laporan, Berita Acara, answers workbook, evidence
 * pack) and the assessor packages for working on another laptop — made, sent back, merged (one undoable step) and
 * listed with their undo.
 */
final class OutputActions {
    private final EvaluationViewModel model;
    private final EvaluationServices services;
    private final ModuleContext context;
    private final PackageService packages;
    private final EvaluationReportService reports;
    private final Runnable changed;
    private javafx.stage.Window owner;

    OutputActions(EvaluationViewModel model, EvaluationServices services, ModuleContext context, Runnable changed) {
        this.model = model;
        this.services = services;
        this.context = context;
        this.changed = changed;
        this.packages = new PackageService(services.instruments(), services.assessments(), services.answers(),
                services.evidence());
        this.reports = new EvaluationReportService(services.assessments(), java.time.Clock.systemDefaultZone());
    }

    void owner(javafx.stage.Window window) {
        this.owner = window;
    }

    List<Node> buttons() {
        Button report = FormParts.button("evaluationReport", t("evaluation.out.report"));
        report.setGraphic(new FontIcon(Material2AL.DESCRIPTION));
        report.disableProperty().bind(model.chosen().isNull());
        report.setOnAction(e -> report());
        MenuButton pkg = new MenuButton(t("evaluation.pkg.menu"), new FontIcon(Material2MZ.WORK_OUTLINE));
        pkg.setId("evaluationPackages");
        pkg.disableProperty().bind(model.chosen().isNull());
        MenuItem make = item("evaluationPackageExport", "evaluation.pkg.export", this::exportForAssessor,
                context.canWrite(Permission.EVALUATION_APPROVE));
        MenuItem back = item("evaluationPackageAnswers", "evaluation.pkg.answers", this::exportAnswers,
                context.session().can(Permission.EVALUATION_ENTER));
        MenuItem merge = item("evaluationPackageImport", "evaluation.pkg.import", this::importAnswers,
                context.canWrite(Permission.EVALUATION_ENTER));
        MenuItem history = item("evaluationPackageHistory", "evaluation.pkg.history", this::history, true);
        pkg.getItems().addAll(make, back, merge, history);
        return List.of(report, pkg);
    }

    private MenuItem item(String id, String key, Runnable action, boolean enabled) {
        MenuItem item = new MenuItem(t(key));
        item.setId(id);
        item.setDisable(!enabled);
        item.setOnAction(e -> action.run());
        return item;
    }

    // ---- outputs ---------------------------------------------------------------------------------------------

    private void report() {
        Assessment a = model.chosen().get();
        ComboBox<ReportKind> kind = new ComboBox<>(FXCollections.observableArrayList(ReportKind.values()));
        kind.setId("reportKind");
        kind.setConverter(FormParts.converter(k -> t("evaluation.out.kind." + k.shortName())));
        kind.setValue(ReportKind.LAPORAN);
        CheckBox docx = new CheckBox("Word (DOCX)");
        CheckBox pdf = new CheckBox("PDF");
        docx.setSelected(true);
        pdf.setSelected(true);
        kind.valueProperty().addListener((obs, old, now) -> {
            boolean documents = now.formats().contains(DocumentFormat.DOCX);
            docx.setDisable(!documents);
            pdf.setDisable(!documents);
        });
        CheckBox unapproved = new CheckBox(t("evaluation.out.includeUnapproved"));
        unapproved.setId("reportIncludeUnapproved");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(t("evaluation.out.kind")), kind);
        form.addRow(1, new Label(t("evaluation.out.formats")), new VBox(4, docx, pdf));
        form.add(unapproved, 1, 2);
        form.add(new Label(t("evaluation.out.approvedOnlyHint")), 1, 3);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t("evaluation.out.report"));
        dialog.setHeaderText(a.name());
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        ReportKind chosen = kind.getValue();
        Set<DocumentFormat> formats = EnumSet.noneOf(DocumentFormat.class);
        if (chosen.formats().contains(DocumentFormat.DOCX)) {
            if (docx.isSelected()) {
                formats.add(DocumentFormat.DOCX);
            }
            if (pdf.isSelected()) {
                formats.add(DocumentFormat.PDF);
            }
            if (formats.isEmpty()) {
                return;
            }
        }
        String suggested = chosen.fileStem() + "-" + a.year() + (chosen == ReportKind.BUKTI ? ".zip"
                : chosen == ReportKind.JAWABAN ? ".xlsx" : ".pdf");
        context.dialogs().chooseSaveFile(t("evaluation.out.folder") + " — " + suggested, List.of())
                .map(p -> p.toAbsolutePath().getParent()).ifPresent(folder -> context.tasks().execute(
                        BackgroundTask.of(t("evaluation.out.report"), p -> reports.write(context.session(),
                                        new ReportRequest(a.id(), chosen, formats, folder, unapproved.isSelected(),
                                                null)))
                                .onSuccess(files -> context.dialogs().showInfo(t("evaluation.out.report"),
                                        context.i18n().text("evaluation.out.written", files.size(), files.stream()
                                                .map(Path::toString).collect(Collectors.joining("\n")))))
                                .onFailure(this::fail)));
    }

    // ---- packages --------------------------------------------------------------------------------------------

    private void exportForAssessor() {
        Assessment a = model.chosen().get();
        context.tasks().execute(BackgroundTask.of(t("evaluation.pkg.export"), p -> services.answers()
                        .answers(context.session(), a.id()).stream().map(Answer::assignee).filter(Objects::nonNull)
                        .distinct().sorted().toList())
                .onSuccess(assignees -> {
                    if (assignees.isEmpty()) {
                        context.dialogs().showInfo(t("evaluation.pkg.export"), t("evaluation.pkg.noAssignee"));
                        return;
                    }
                    ChoiceDialog<String> choose = new ChoiceDialog<>(assignees.get(0), assignees);
                    choose.initOwner(owner);
                    choose.setTitle(t("evaluation.pkg.export"));
                    choose.setHeaderText(t("evaluation.pkg.chooseAssessor"));
                    choose.showAndWait().ifPresent(user -> context.dialogs().chooseSaveFile(
                            t("evaluation.pkg.export"), List.of("tatapaket")).ifPresent(file ->
                            context.tasks().execute(BackgroundTask.of(t("evaluation.pkg.export"), q -> packages
                                            .exportForAssessor(context.session(), a.id(), user, List.of(), file))
                                    .onSuccess(done -> context.dialogs().showInfo(t("evaluation.pkg.export"),
                                            context.i18n().text("evaluation.pkg.exported", done.file(),
                                                    done.indicators().size(), done.evidenceFiles(), user)))
                                    .onFailure(this::fail))));
                })
                .onFailure(this::fail));
    }

    private void exportAnswers() {
        Assessment a = model.chosen().get();
        context.dialogs().chooseSaveFile(t("evaluation.pkg.answers"), List.of("tatapaket")).ifPresent(file ->
                context.tasks().execute(BackgroundTask.of(t("evaluation.pkg.answers"),
                                p -> packages.exportAnswers(context.session(), a.id(), file))
                        .onSuccess(done -> context.dialogs().showInfo(t("evaluation.pkg.answers"),
                                context.i18n().text("evaluation.pkg.answersWritten", done.file(),
                                        done.indicators().size())))
                        .onFailure(this::fail)));
    }

    /** Checks the package, shows the changes side by side, and merges once every conflict has a decision. */
    private void importAnswers() {
        context.dialogs().chooseOpenFile(t("evaluation.pkg.import"), List.of("tatapaket")).ifPresent(file ->
                context.tasks().execute(BackgroundTask.of(t("evaluation.pkg.import"),
                                p -> packages.preview(context.session(), file))
                        .onSuccess(preview -> decideAndMerge(file, preview))
                        .onFailure(this::fail)));
    }

    private void decideAndMerge(Path file, MergePreview preview) {
        if (preview.changes().isEmpty()) {
            context.dialogs().showInfo(t("evaluation.pkg.import"), t("evaluation.pkg.nothing"));
            return;
        }
        new MergeDialog(preview, context.i18n()).show(owner).ifPresent(decisions -> context.tasks().execute(
                BackgroundTask.of(t("evaluation.pkg.import"), p -> merge(file, decisions))
                        .onSuccess(result -> {
                            changed.run();
                            context.dialogs().showInfo(t("evaluation.pkg.import"), context.i18n().text(
                                    "evaluation.pkg.merged", result.indicators().size(), result.fieldsChanged(),
                                    result.conflictsDecided(), result.backToReview().size()));
                        })
                        .onFailure(this::fail)));
    }

    /** The merge as one step of the shell's undo stack: undo is the service's undo of that merge. */
    private MergeResult merge(Path file, MergeDecisions decisions) {
        MergeCommand command = new MergeCommand(file, decisions);
        context.commands().execute(command);
        return command.result;
    }

    private final class MergeCommand implements UndoableCommand {
        private final Path file;
        private final MergeDecisions decisions;
        private MergeResult result;

        MergeCommand(Path file, MergeDecisions decisions) {
            this.file = file;
            this.decisions = decisions;
        }

        @Override
        public String name() {
            return t("evaluation.pkg.command");
        }

        @Override
        public void execute() {
            result = packages.importAnswers(context.session(), file, decisions);
        }

        @Override
        public void undo() {
            if (result != null && result.mergeId() != null) {
                packages.undoMerge(context.session(), result.mergeId());
            }
        }
    }

    private void history() {
        Assessment a = model.chosen().get();
        context.tasks().execute(BackgroundTask.of(t("evaluation.pkg.history"),
                        p -> packages.merges(context.session(), a.id()))
                .onSuccess(this::showHistory)
                .onFailure(this::fail));
    }

    private void showHistory(List<MergeInfo> merges) {
        ListView<MergeInfo> list = new ListView<>(FXCollections.observableArrayList(merges));
        list.setId("packageHistory");
        list.setPlaceholder(new Label(t("evaluation.pkg.historyEmpty")));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(MergeInfo m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : context.i18n().text(m.undone() ? "evaluation.pkg.historyUndone"
                        : "evaluation.pkg.historyRow", m.id(), m.mergedAt(), m.mergedBy(), m.assessor(),
                        m.indicators().size(), m.undoneAt() == null ? "" : m.undoneAt()));
            }
        });
        list.setPrefSize(640, 300);
        ButtonType undo = new ButtonType(t("evaluation.pkg.undo"));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t("evaluation.pkg.history"));
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().addAll(undo, ButtonType.CLOSE);
        boolean may = context.canWrite(Permission.EVALUATION_ENTER);
        dialog.getDialogPane().lookupButton(undo).disableProperty().bind(list.getSelectionModel()
                .selectedItemProperty().map(m -> !may || m.undone()).orElse(true));
        dialog.showAndWait().filter(b -> b == undo).ifPresent(b -> {
            MergeInfo m = list.getSelectionModel().getSelectedItem();
            context.tasks().execute(BackgroundTask.of(t("evaluation.pkg.undo"),
                            p -> packages.undoMerge(context.session(), m.id()))
                    .onSuccess(indicators -> {
                        changed.run();
                        context.dialogs().showInfo(t("evaluation.pkg.undo"),
                                context.i18n().text("evaluation.pkg.undone", indicators.size()));
                    })
                    .onFailure(this::fail));
        });
    }

    private void fail(Throwable e) {
        if (e instanceof TataException te) {
            context.dialogs().showError(te);
        } else {
            context.dialogs().showError(String.valueOf(e.getMessage()));
        }
    }

    private String t(String key) {
        return context.i18n().text(key);
    }
}
