package id.tata.organization.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.TaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.importing.ColumnMapping;
import id.tata.importing.ImportField;
import id.tata.importing.ImportPreview;
import id.tata.importing.ImportProblem;
import id.tata.importing.ImportResult;
import id.tata.importing.SourceTable;
import id.tata.importing.TableImport;
import id.tata.importing.TableReader;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The import wizard's state: choose a file, map its columns, look at the preview, import. All-or-nothing: the
 * import button stays off while the preview has any problem. Reading, checking and writing run as background tasks.
 * No javafx.scene here, so the whole flow is testable with a synchronous executor.
 */
public final class ImportWizardModel {
    public enum Step { FILE, MAPPING, PREVIEW }

    private final ImportKind kind;
    private final ImportTarget target;
    private final Session session;
    private final TaskExecutor tasks;
    private final CommandStack commands;
    private final I18n i18n;
    private final boolean canEdit;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fileSummary = new ReadOnlyStringWrapper("");
    /** The choices of every mapping box: {@link ColumnMapping#UNUSED} first, then the file's headers. */
    private final ObservableList<String> headerChoices = FXCollections.observableArrayList(ColumnMapping.UNUSED);
    private final Map<String, StringProperty> mapping = new LinkedHashMap<>();
    private final BooleanProperty updateExisting = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringProperty error = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ImportPreview<?>> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanBinding canApply;

    public ImportWizardModel(ImportKind kind, Session session, TaskExecutor tasks, CommandStack commands,
                             I18n i18n) {
        this.kind = kind;
        this.target = kind.target();
        this.session = session;
        this.tasks = tasks;
        this.commands = commands;
        this.i18n = i18n;
        this.canEdit = session.can(Permission.ORGANIZATION_EDIT) && !session.workspace().readOnly();
        fields().forEach(f -> mapping.put(f.name(), new SimpleStringProperty(ColumnMapping.UNUSED)));
        canApply = Bindings.createBooleanBinding(() -> canEdit && !busy.get() && step.get() == Step.PREVIEW
                && preview.get() != null && !preview.get().hasErrors() && preview.get().rowsOk() > 0,
                busy, step, preview);
    }

    public ImportKind kind() {
        return kind;
    }

    public List<ImportField> fields() {
        return target.definition().fields();
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> file() {
        return file.getReadOnlyProperty();
    }

    /** "agencies.xlsx: 40 baris data, 6 kolom", once the file has been read. */
    public ReadOnlyStringProperty fileSummary() {
        return fileSummary.getReadOnlyProperty();
    }

    public ObservableList<String> headerChoices() {
        return headerChoices;
    }

    /** The header chosen for the field; {@link ColumnMapping#UNUSED} when the column is not used. */
    public StringProperty mappingOf(String field) {
        return mapping.get(field);
    }

    /** True while a required field has no column: the preview would report it, the view can mark it earlier. */
    public BooleanBinding missing(ImportField field) {
        StringProperty chosen = mappingOf(field.name());
        return Bindings.createBooleanBinding(() -> field.required() && isUnused(chosen.get()), chosen);
    }

    public BooleanProperty updateExisting() {
        return updateExisting;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Why reading, checking or importing failed; empty when nothing failed. */
    public StringProperty errorText() {
        return error;
    }

    public ReadOnlyObjectProperty<ImportPreview<?>> preview() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    /** "38 baris siap diimpor, 2 bermasalah." */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** Only a checked preview without a single problem may be imported. */
    public BooleanBinding canApply() {
        return canApply;
    }

    public boolean canEdit() {
        return canEdit;
    }

    /** The label of a field: the header Tata writes, with "*" when the file must have it. */
    public String fieldLabel(ImportField field) {
        return field.header() + (field.required() ? " *" : "");
    }

    /** How a choice of a mapping box reads: the header itself, or "(tidak dipakai)". */
    public String choiceLabel(String header) {
        return isUnused(header) ? i18n.text("import.ui.map.unused") : header;
    }

    public String problemReason(ImportProblem problem) {
        return problem.reason(i18n);
    }

    /** Reads the file's headers and maps them automatically, then moves on to the mapping. */
    public void chooseFile(Path chosen) {
        if (busy.get()) {
            return;
        }
        run(i18n.text("import.ui.task.read", chosen.getFileName()), p -> TableReader.read(chosen), table -> {
            file.set(chosen);
            fileSummary.set(i18n.text("import.ui.file.summary", chosen.getFileName(), table.rows().size(),
                    table.headers().size()));
            showHeaders(table);
            step.set(Step.MAPPING);
        });
    }

    /** Back to the mapping from the preview, or to the file from the mapping. */
    public void back() {
        if (!busy.get()) {
            step.set(step.get() == Step.PREVIEW ? Step.MAPPING : Step.FILE);
        }
    }

    /** Forward from the file step to the mapping of the file already read (after going back). */
    public void next() {
        if (!busy.get() && step.get() == Step.FILE && file.get() != null) {
            step.set(Step.MAPPING);
        }
    }

    /** Reads the file again with the chosen mapping and checks every row; writes nothing. */
    public void check() {
        Path chosen = file.get();
        if (busy.get() || chosen == null) {
            return;
        }
        ColumnMapping chosenMapping = chosenMapping();
        boolean update = updateExisting.get();
        run(i18n.text("import.ui.task.check", chosen.getFileName()),
                p -> target.preview(session, chosen, chosenMapping, update), this::showPreview);
    }

    /** Writes the checked preview as one undoable step; {@code onImported} gets the message for the user. */
    public void apply(Consumer<String> onImported) {
        ImportPreview<?> checked = preview.get();
        if (!canApply.get()) {
            return;
        }
        ImportCommand command = new ImportCommand(target, session, checked,
                i18n.text(kind.key("import.ui", "command"), file.get().getFileName()));
        run(command.name(), p -> {
            commands.execute(command);
            return command.result();
        }, result -> onImported.accept(resultMessage(result)));
    }

    private String resultMessage(ImportResult result) {
        String done = i18n.text(kind.key("import.ui", "done"), result.total());
        return result.updated() == 0 ? done
                : i18n.text("import.ui.doneDetail", done, result.created(), result.updated());
    }

    /** Every field gets an entry, so "not used" overrides an automatic match instead of falling back to it. */
    ColumnMapping chosenMapping() {
        Map<String, String> chosen = new LinkedHashMap<>();
        mapping.forEach((field, header) -> chosen.put(field, isUnused(header.get()) ? ColumnMapping.UNUSED
                : header.get()));
        return new ColumnMapping(chosen);
    }

    private void showHeaders(SourceTable table) {
        headerChoices.setAll(ColumnMapping.UNUSED);
        headerChoices.addAll(table.headers().stream().filter(h -> !h.isBlank()).distinct().toList());
        ColumnMapping automatic = ColumnMapping.automatic(target.definition(), table.headers());
        mapping.forEach((field, header) -> header.set(automatic.headerOf(field).orElse(ColumnMapping.UNUSED)));
        preview.set(null);
        problems.clear();
    }

    private void showPreview(ImportPreview<?> checked) {
        preview.set(checked);
        problems.setAll(checked.problems());
        summary.set(summaryOf(checked));
        step.set(Step.PREVIEW);
    }

    private String summaryOf(ImportPreview<?> checked) {
        if (checked.problems().stream().anyMatch(p -> p.row() == TableImport.HEADER_ROW)) {
            return i18n.text("import.ui.preview.columnProblems");
        }
        Set<Integer> badRows = checked.problems().stream().map(ImportProblem::row).collect(Collectors.toSet());
        long ready = checked.rows().stream().filter(r -> !badRows.contains(r.rowNumber())).count();
        if (ready == 0 && badRows.isEmpty()) {
            return i18n.text("import.ui.preview.noRows");
        }
        return i18n.text("import.ui.preview.summary", ready, badRows.size());
    }

    private <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        error.set("");
        tasks.execute(BackgroundTask.of(title, work)
                .onSuccess(result -> {
                    busy.set(false);
                    onSuccess.accept(result);
                })
                .onFailure(e -> {
                    busy.set(false);
                    error.set(e instanceof TataException te ? te.message(i18n)
                            : i18n.text("import.ui.error.unexpected", e));
                })
                .onCancelled(() -> busy.set(false)));
    }

    private static boolean isUnused(String header) {
        return header == null || header.isBlank();
    }
}
