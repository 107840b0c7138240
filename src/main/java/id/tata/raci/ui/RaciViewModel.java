package id.tata.raci.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.TaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.importing.ImportProblem;
import id.tata.raci.domain.RaciCheck;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciSummary;
import id.tata.raci.domain.RaciTemplate;
import id.tata.raci.domain.RaciWarning;
import id.tata.raci.service.RaciExport;
import id.tata.raci.service.RaciImportPreview;
import id.tata.raci.service.RaciService;
import id.tata.raci.service.RaciTemplates;
import id.tata.workspace.Session;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * State and commands of the Matriks RACI page: the matrices, the one open, its warnings, and every edit. An edit
 * makes a new matrix, shows it at once, and saves it in the background as one undoable step on the shell's stack; a
 * refused edit changes nothing and says why. No javafx.scene here.
 */
public final class RaciViewModel {
    private final RaciService service;
    private final Session session;
    private final TaskExecutor tasks;
    private final CommandStack commands;
    private final I18n i18n;
    private final boolean canEdit;
    private final SaveQueue saves = new SaveQueue();
    private final ObservableList<RaciSummary> matrices = FXCollections.observableArrayList();
    private final ObjectProperty<RaciMatrix> matrix = new SimpleObjectProperty<>();
    private final ObservableList<WarningRow> warnings = FXCollections.observableArrayList();
    private final IntegerProperty overload = new SimpleIntegerProperty(RaciCheck.DEFAULT_OVERLOAD);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public RaciViewModel(RaciService service, Session session, TaskExecutor tasks, CommandStack commands, I18n i18n,
                         boolean canEdit) {
        this.service = service;
        this.session = session;
        this.tasks = tasks;
        this.commands = commands;
        this.i18n = i18n;
        this.canEdit = canEdit;
        matrix.addListener((obs, old, now) -> updateWarnings());
        overload.addListener((obs, old, now) -> updateWarnings());
    }

    public ObservableList<RaciSummary> matrices() {
        return matrices;
    }

    public ReadOnlyObjectProperty<RaciMatrix> matrix() {
        return matrix;
    }

    public ObservableList<WarningRow> warnings() {
        return warnings;
    }

    public IntegerProperty overload() {
        return overload;
    }

    public StringProperty error() {
        return error;
    }

    public StringProperty status() {
        return status;
    }

    public boolean canEdit() {
        return canEdit;
    }

    /** The templates, read from the bundled resources in the background, then handed to {@code show}. */
    public void templates(Consumer<List<RaciTemplate>> show) {
        tasks.execute(BackgroundTask.of(t("raci.ui.task.templates"), p -> RaciTemplates.standard().all())
                .onSuccess(show).onFailure(this::fail));
    }

    // --- loading ------------------------------------------------------------------------------------------------

    /** Reads the list and the open matrix again (after undo/redo from the menu, or on arrival). */
    public void reload() {
        RaciMatrix shown = matrix.get();
        load(shown == null ? null : shown.id());
    }

    /** Shows the matrix with this id (or the first one when null or gone). */
    public void open(Long id) {
        RaciMatrix shown = matrix.get();
        if (id != null && shown != null && id.equals(shown.id())) {
            return;
        }
        load(id);
    }

    private void load(Long wanted) {
        tasks.execute(BackgroundTask.of(t("raci.ui.task.load"), p -> {
            List<RaciSummary> list = service.list(session);
            Long id = list.stream().anyMatch(s -> Long.valueOf(s.id()).equals(wanted)) ? wanted
                    : list.isEmpty() ? null : list.get(0).id();
            return new Loaded(list, id == null ? null : service.get(session, id));
        }).onSuccess(loaded -> {
            matrices.setAll(loaded.list());
            matrix.set(loaded.matrix());
        }).onFailure(this::fail));
    }

    private record Loaded(List<RaciSummary> list, RaciMatrix matrix) {
    }

    // --- edits of the open matrix -------------------------------------------------------------------------------

    /** Sets a cell from what was typed ("A/C", "ac"); refused with a message when a letter is not the matrix's. */
    public boolean setCell(int task, int party, String typed) {
        return edit("raci.ui.command.cell", m -> RaciEdits.cell(m, task, party, typed));
    }

    public boolean clearCell(int task, int party) {
        return setCell(task, party, "");
    }

    /** The cell's letters, or with {@code party} null the task's cells tab-separated. */
    public String copy(int task, Integer party) {
        RaciMatrix m = matrix.get();
        return party == null ? RaciEdits.rowText(m, task) : m.cell(task, party).text();
    }

    public boolean paste(int task, int party, String text) {
        return edit("raci.ui.command.paste", m -> RaciEdits.paste(m, task, party, text));
    }

    public boolean insertTask(int index, String text) {
        return edit("raci.ui.command.insertTask", m -> RaciEdits.insertTask(m, index, text));
    }

    public boolean deleteTask(int task) {
        return edit("raci.ui.command.deleteTask", m -> m.withTaskRemoved(task));
    }

    /** One place up ({@code by} -1) or down (+1); false at the end. */
    public boolean moveTask(int task, int by) {
        return edit("raci.ui.command.moveTask", m -> RaciEdits.moveTask(m, task, by));
    }

    public boolean renameTask(int task, String text) {
        return edit("raci.ui.command.renameTask", m -> RaciEdits.renameTask(m, task, text));
    }

    public boolean insertParty(int index, String name) {
        return edit("raci.ui.command.insertParty", m -> RaciEdits.insertParty(m, index, name));
    }

    public boolean deleteParty(int party) {
        return edit("raci.ui.command.deleteParty", m -> m.withPartyRemoved(party));
    }

    public boolean moveParty(int party, int by) {
        return edit("raci.ui.command.moveParty", m -> RaciEdits.moveParty(m, party, by));
    }

    public boolean renameParty(int party, String name) {
        return edit("raci.ui.command.renameParty", m -> RaciEdits.renameParty(m, party, name));
    }

    public boolean editHeader(String title, String purpose, String source) {
        return edit("raci.ui.command.header", m -> RaciEdits.header(m, title, purpose, source));
    }

    /** The letter set from the editor's lines "KODE | Nama | Arti". */
    public boolean editLetters(String lines) {
        return edit("raci.ui.command.letters", m -> RaciEdits.letters(m, lines));
    }

    /** Applies the change, shows it, and saves it in the background as one undo step. */
    private boolean edit(String nameKey, UnaryOperator<RaciMatrix> change) {
        RaciMatrix before = matrix.get();
        if (!canEdit || before == null) {
            return false;
        }
        RaciMatrix after;
        try {
            after = change.apply(before);
        } catch (EditRefused refused) {
            error.set(i18n.text(refused.key(), refused.args()));
            return false;
        } catch (IndexOutOfBoundsException outside) {
            return false; // a key pressed where there is no task or party: nothing to do
        }
        error.set("");
        if (after == null || after.equals(before)) {
            return false;
        }
        matrix.set(after);
        SaveMatrixCommand command = new SaveMatrixCommand(m -> service.save(session, m), before, after, t(nameKey));
        long ticket = saves.ticket();
        tasks.execute(BackgroundTask.of(command.name(), p -> {
            saves.run(ticket, () -> commands.execute(command));
            return service.list(session);
        }).onSuccess(matrices::setAll).onFailure(e -> {
            fail(e);
            reload(); // show what is stored, not the edit that was not saved
        }));
        return true;
    }

    // --- whole matrices -----------------------------------------------------------------------------------------

    public void create(String title) {
        if (title == null || title.isBlank()) {
            error.set(t("raci.error.titleRequired"));
            return;
        }
        created(t("raci.ui.task.create"), () -> service.create(session, RaciMatrix.empty(title.strip())));
    }

    public void createFromTemplate(String code) {
        created(t("raci.ui.task.create"), () -> service.createFromTemplate(session, code));
    }

    /** Reads the file for the preview dialog; the problems name row and column. */
    public void preview(Path file, Consumer<RaciImportPreview> show) {
        tasks.execute(BackgroundTask.of(t("raci.ui.task.preview"), p -> service.preview(file))
                .onSuccess(show).onFailure(this::fail));
    }

    /** Creates the previewed matrix; only a preview without problems can be applied. */
    public void applyImport(RaciImportPreview preview) {
        if (preview == null || preview.matrix() == null || !preview.problems().isEmpty()) {
            return;
        }
        created(t("raci.ui.task.import"), () -> service.create(session, preview.matrix()));
    }

    public String problem(ImportProblem problem) {
        return problem.message(i18n);
    }

    public void export(Path file) {
        RaciMatrix m = matrix.get();
        if (m == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(t("raci.ui.task.export"), p -> RaciExport.write(m, file))
                .onSuccess(done -> status.set(t("raci.exported", m.title(), done))).onFailure(this::fail));
    }

    public void exportWarnings(Path file) {
        RaciMatrix m = matrix.get();
        if (m == null) {
            return;
        }
        String csv = WarningsCsv.of(m, List.copyOf(warnings), List.of(t("raci.ui.csv.kind"), t("raci.ui.csv.task"),
                t("raci.ui.csv.taskText"), t("raci.ui.csv.party"), t("raci.ui.csv.warning")));
        tasks.execute(BackgroundTask.of(t("raci.ui.task.exportWarnings"),
                p -> Files.writeString(file, csv, StandardCharsets.UTF_8))
                .onSuccess(done -> status.set(t("raci.ui.warnings.exported", warnings.size(), done)))
                .onFailure(this::fail));
    }

    /** Deletes the open matrix (after the view asked); not on the undo stack, which keeps edits of live matrices. */
    public void deleteCurrent() {
        RaciMatrix m = matrix.get();
        if (!canEdit || m == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(t("raci.ui.task.delete"), p -> {
            service.delete(session, m.id());
            return m;
        }).onSuccess(done -> {
            matrix.set(null);
            load(null);
        }).onFailure(this::fail));
    }

    private void created(String title, java.util.function.Supplier<RaciMatrix> work) {
        if (!canEdit) {
            return;
        }
        tasks.execute(BackgroundTask.of(title, p -> work.get()).onSuccess(m -> {
            error.set("");
            matrix.set(null);
            load(m.id());
        }).onFailure(this::fail));
    }

    // --- warnings -----------------------------------------------------------------------------------------------

    private void updateWarnings() {
        RaciMatrix m = matrix.get();
        if (m == null) {
            warnings.clear();
            return;
        }
        warnings.setAll(RaciCheck.warnings(m, Math.max(0, overload.get())).stream()
                .map(w -> new WarningRow(w, warningText(m, w))).toList());
    }

    /** "Tugas 3: tidak ada A (…) — Menyusun arsitektur SPBE", or the party's sentence. */
    String warningText(RaciMatrix m, RaciWarning w) {
        String sentence = i18n.text("raci.warning." + w.kind().name(), w.task() == null ? "" : w.task(),
                w.party() == null ? "" : w.party());
        if (w.task() == null) {
            return sentence;
        }
        return t("raci.ui.warning.withTask", sentence, m.tasks().get(w.task() - 1).text());
    }

    private void fail(Throwable e) {
        error.set(e instanceof TataException te ? te.message(i18n)
                : t("raci.ui.error.unexpected", String.valueOf(e.getMessage())));
    }

    private String t(String key, Object... args) {
        return i18n.text(key, args);
    }
}
