package id.tata.shell.documents;

import id.tata.common.ui.Toolbars;
import id.tata.documents.register.IssuedDocument;
import id.tata.documents.service.IssueResult;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.shell.PageHeader;
import id.tata.shell.settings.Columns;
import id.tata.shell.settings.FormParts;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Dokumen Resmi: "Buat dokumen", "Periksa berkas", "Koreksi", and the register of everything issued. */
final class DocumentsView implements ModuleView {
    private static final DateTimeFormatter ISSUED_AT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.systemDefault());
    private final DocumentsViewModel model;
    private final ModuleContext context;
    private final TableView<IssuedDocument> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    DocumentsView(DocumentsViewModel model, ModuleContext context) {
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
        Button create = new Button(t("document.ui.create"), new FontIcon(Material2AL.ADD));
        create.setId("documentCreate");
        create.getStyleClass().add("accent");
        create.setDisable(!model.canIssue() || model.types().isEmpty());
        create.setOnAction(e -> issue(null, null));
        Button correct = new Button(t("document.ui.correct"), new FontIcon(Material2AL.EDIT));
        correct.setId("documentCorrect");
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        if (model.canIssue()) {
            correct.disableProperty().bind(none);
        } else {
            correct.setDisable(true);
        }
        correct.setOnAction(e -> {
            IssuedDocument selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                issue(selected.id(), selected.documentType());
            }
        });
        Button verify = new Button(t("document.ui.verify"), new FontIcon(Material2MZ.VERIFIED_USER));
        verify.setId("documentVerify");
        verify.setOnAction(e -> context.dialogs().chooseOpenFile(t("document.ui.verifyTitle"),
                List.of("pdf", "docx", "xlsx")).ifPresent(file -> model.verify(file, result -> {
                    if (result.registered()) {
                        context.dialogs().showInfo(t("document.ui.verifyTitle"), model.verdict(result));
                    } else {
                        context.dialogs().showError(t("document.ui.verifyTitle"), model.verdict(result));
                    }
                })));
        Button template = new Button(t("document.ui.templates"), new FontIcon(Material2AL.ARTICLE));
        template.setId("documentTemplates");
        template.setOnAction(e -> new TemplateDialog(model, context).show(root.getScene().getWindow()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(create, correct, verify, spacer, template);
        Toolbars.keepButtonLabels(toolbar);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("tata-toolbar");
        Label status = new Label();
        status.setId("documentStatus");
        status.getStyleClass().add("success");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        status.visibleProperty().bind(model.status().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        root.setTop(PageHeader.of(t("document.ui.title"), t("document.ui.hint"), toolbar, status,
                FormParts.errorLine(model.error(), "documentListError")));
        root.setCenter(table());
        root.getStyleClass().add("tata-page");
    }

    private TableView<IssuedDocument> table() {
        table.setId("documentRegister");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(t("document.ui.empty")));
        table.getColumns().setAll(List.of(
                Columns.fixed(Columns.text(t("document.ui.column.code"), IssuedDocument::registerCode, 140)),
                Columns.fixed(Columns.text(t("document.ui.column.number"), d -> d.number() == null ? "……"
                        : d.number(), 150)),
                Columns.fixed(Columns.text(t("document.ui.column.date"), d -> d.date() == null ? "……"
                        : id.tata.common.l10n.IndonesianFormat.longDate(d.date()), 140)),
                Columns.text(t("document.ui.column.title"), IssuedDocument::title, 360),
                Columns.text(t("document.ui.column.files"), d -> d.files().stream()
                        .map(f -> f.format().extension()).collect(Collectors.joining(", ")), 90),
                Columns.text(t("document.ui.column.issuedBy"), d -> d.issuedBy() + ", "
                        + ISSUED_AT.format(d.issuedAt()), 150),
                Columns.text(t("document.ui.column.supersedes"), d -> d.supersedesId() == null ? ""
                        : t("document.ui.correctionOf", code(d.supersedesId())), 130)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    private String code(long id) {
        return model.rows().stream().filter(r -> r.id() == id).map(IssuedDocument::registerCode).findFirst()
                .orElse(String.valueOf(id));
    }

    private void issue(Long supersedes, String type) {
        new IssueDialog(model, model.newForm(supersedes, type), context).show(root.getScene().getWindow(),
                this::issued);
    }

    private void issued(IssueResult result) {
        table.getSelectionModel().clearSelection();
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
