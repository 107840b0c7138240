package id.tata.shell.documents;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.TaskExecutor;
import id.tata.documents.model.Outline;
import id.tata.documents.register.IssuedDocument;
import id.tata.documents.register.RegisterService;
import id.tata.documents.register.VerifyResult;
import id.tata.documents.service.DocumentChoice;
import id.tata.documents.service.DocumentService;
import id.tata.documents.service.DocumentType;
import id.tata.documents.service.IssueResult;
import id.tata.documents.service.NumberChoice;
import id.tata.workspace.Session;
import id.tata.workspace.settings.Signatory;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.user.Permission;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Dokumen Resmi: the register of issued documents, issuing new ones and checking a file against the register. All
 * workspace and file work runs as background tasks.
 */
public final class DocumentsViewModel {
    private final DocumentService documents;
    private final RegisterService register = new RegisterService();
    private final SettingsService settings = new SettingsService();
    private final Session session;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ObservableList<IssuedDocument> rows = FXCollections.observableArrayList();
    private final ObservableList<Signatory> signatories = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final Path defaultFolder;

    public DocumentsViewModel(DocumentService documents, Session session, TaskExecutor tasks, I18n i18n,
                              Path defaultFolder) {
        this.documents = documents;
        this.session = session;
        this.tasks = tasks;
        this.i18n = i18n;
        this.defaultFolder = defaultFolder;
    }

    public boolean canIssue() {
        return session.can(Permission.DOCUMENT_ISSUE) && !session.workspace().readOnly();
    }

    public boolean canEditTemplates() {
        return canIssue();
    }

    public ObservableList<IssuedDocument> rows() {
        return rows;
    }

    public ObservableList<Signatory> signatories() {
        return signatories;
    }

    public List<DocumentType> types() {
        return documents.catalog().types();
    }

    public String typeLabel(DocumentType type) {
        return i18n.text(type.titleKey());
    }

    public String typeLabel(String shortName) {
        return documents.catalog().find(shortName).map(this::typeLabel).orElse(shortName);
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty error() {
        return error;
    }

    public void reload() {
        tasks.execute(BackgroundTask.of(i18n.text("document.ui.task.load"), p -> register.list(session))
                .onSuccess(list -> {
                    rows.setAll(list);
                    error.set("");
                })
                .onFailure(e -> error.set(message(e))));
        tasks.execute(BackgroundTask.of(i18n.text("document.ui.task.load"), p -> settings.signatories(session))
                .onSuccess(signatories::setAll)
                .onFailure(e -> error.set(message(e))));
    }

    /** A form with the sensible defaults: first type, its formats, the default folder. */
    public IssueForm newForm(Long supersedes, String supersededType) {
        IssueForm form = new IssueForm(supersedes);
        form.outputDir().set(defaultFolder.toString());
        DocumentType first = supersededType == null ? types().get(0)
                : documents.catalog().find(supersededType).orElse(types().get(0));
        form.type().set(first);
        return form;
    }

    /** Recomputes the outline preview and the next register number in the background. */
    public void preview(IssueForm form) {
        if (form.type().get() == null) {
            return;
        }
        var request = form.request();
        String numberType = form.type().get().numberType().orElse(null);
        LocalDate date = form.date().get() != null ? form.date().get() : LocalDate.now();
        tasks.execute(BackgroundTask.of(i18n.text("document.ui.task.preview"), p -> new Preview(
                        Outline.of(documents.preview(session, request)),
                        numberType == null ? "" : settings.previewNumber(session, numberType, date)))
                .onSuccess(preview -> {
                    form.outline().set(preview.outline());
                    form.nextNumber().set(preview.nextNumber());
                    form.error().set("");
                })
                .onFailure(e -> form.error().set(message(e))));
    }

    /** The type's own choices, read in the background. */
    public void choices(DocumentType type, Consumer<List<DocumentChoice>> onLoaded) {
        tasks.execute(BackgroundTask.of(i18n.text("document.ui.task.preview"), p -> type.choices(session))
                .onSuccess(onLoaded::accept)
                .onFailure(e -> error.set(message(e))));
    }

    public String text(String key) {
        return i18n.text(key);
    }

    private record Preview(String outline, String nextNumber) {
    }

    /** Issues the document; on success reports the files and reloads the register. */
    public void issue(IssueForm form, Consumer<IssueResult> onIssued) {
        if (!canIssue() || form.busy().get()) {
            return;
        }
        if (form.chosenFormats().isEmpty()) {
            form.error().set(i18n.text("document.error.noFormat"));
            return;
        }
        if (form.numberChoice().get() == NumberChoice.MANUAL && form.manualNumber().get().isBlank()) {
            form.error().set(i18n.text("document.error.manualNumberMissing"));
            return;
        }
        form.busy().set(true);
        var request = form.request();
        tasks.execute(BackgroundTask.of(i18n.text("document.ui.task.issue", typeLabel(form.type().get())),
                        p -> documents.issue(session, request))
                .onSuccess(result -> {
                    form.busy().set(false);
                    status.set(i18n.text("document.ui.issued", result.issued().registerCode(),
                            result.files().size(), request.outputDir()));
                    reload();
                    onIssued.accept(result);
                })
                .onFailure(e -> {
                    form.busy().set(false);
                    form.error().set(message(e));
                }));
    }

    /** Checks a file against the register and reports the verdict in the status or error line. */
    public void verify(Path file, Consumer<VerifyResult> onResult) {
        tasks.execute(BackgroundTask.of(i18n.text("document.ui.task.verify", file.getFileName()),
                        p -> register.verify(session, file))
                .onSuccess(onResult::accept)
                .onFailure(e -> error.set(message(e))));
    }

    public String verdict(VerifyResult result) {
        return result.document().map(d -> i18n.text("cli.document.verified", result.fileName(), d.registerCode(),
                        d.title(), d.number() == null ? "……" : d.number(), d.issuedBy(), d.issuedAt().toString())
                        + result.supersededBy().map(n -> "\n" + i18n.text("cli.document.superseded",
                        n.registerCode())).orElse(""))
                .orElseGet(() -> i18n.text("cli.document.notRegistered", result.fileName(), result.sha256()));
    }

    private String message(Throwable e) {
        return e instanceof TataException t ? t.message(i18n) : String.valueOf(e.getMessage());
    }
}
