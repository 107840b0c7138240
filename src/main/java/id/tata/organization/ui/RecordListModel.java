package id.tata.organization.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.TaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.common.undo.UndoableCommand;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the agency, person and position view models share: the loaded records, loading them in the background with
 * a loading flag and an error text, and running undoable commands on the workspace's stack, reloading after each.
 * Composed rather than inherited, so each view model keeps its own public API. No javafx.scene here.
 */
final class RecordListModel<T> {
    private final TaskExecutor tasks;
    private final CommandStack commands;
    private final I18n i18n;
    private final String keys;
    private final Runnable reload;
    private final ObservableList<T> records = FXCollections.observableArrayList();
    private final FilteredList<T> visible = new FilteredList<>(records);
    private final StringProperty error = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final boolean canEdit;

    /**
     * @param keys the message key prefix ("agency.ui"), followed by loading, empty, task.load and error.unexpected
     * @param load what one reload reads, in the background
     * @param show takes in a load's result (whatever else the view model keeps), returning the records to list
     */
    <L> RecordListModel(Session session, TaskExecutor tasks, CommandStack commands, I18n i18n, String keys,
                        BackgroundTask.Work<L> load, Function<L, List<T>> show) {
        this(session, tasks, commands, i18n, keys, load, show, () -> { });
    }

    /** @param shown runs after each load's records are in the list (to select again what was selected before) */
    <L> RecordListModel(Session session, TaskExecutor tasks, CommandStack commands, I18n i18n, String keys,
                        BackgroundTask.Work<L> load, Function<L, List<T>> show, Runnable shown) {
        this.tasks = tasks;
        this.commands = commands;
        this.i18n = i18n;
        this.keys = keys;
        this.canEdit = session.can(Permission.ORGANIZATION_EDIT) && !session.workspace().readOnly();
        this.reload = () -> {
            loading.set(true);
            tasks.execute(BackgroundTask.of(i18n.text(keys + ".task.load"), load)
                    .onSuccess(loaded -> {
                        records.setAll(show.apply(loaded));
                        loading.set(false);
                        shown.run();
                    })
                    .onFailure(e -> {
                        loading.set(false);
                        error.set(message(e));
                    }));
        };
    }

    ObservableList<T> records() {
        return records;
    }

    FilteredList<T> visible() {
        return visible;
    }

    StringProperty errorText() {
        return error;
    }

    ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** False for roles without ORGANIZATION_EDIT and for read-only workspaces. */
    boolean canEdit() {
        return canEdit;
    }

    void reload() {
        reload.run();
    }

    /** What an empty table says: still loading, nothing yet, or {@code noMatch} when the filters hide everything. */
    StringBinding placeholderText(Supplier<String> noMatch, Observable... filters) {
        Observable[] dependencies = new Observable[filters.length + 2];
        dependencies[0] = loading;
        dependencies[1] = records;
        System.arraycopy(filters, 0, dependencies, 2, filters.length);
        return Bindings.createStringBinding(() -> loading.get() ? i18n.text(keys + ".loading")
                : records.isEmpty() ? i18n.text(keys + ".empty") : noMatch.get(), dependencies);
    }

    /** Runs the command on the stack in the background, reloads, then calls {@code onDone}. */
    void run(UndoableCommand command, Runnable onDone, Consumer<Throwable> onError) {
        tasks.execute(BackgroundTask.of(command.name(), p -> {
            commands.execute(command);
            return null;
        }).onSuccess(v -> {
            reload();
            onDone.run();
        }).onFailure(onError));
    }

    /** Like {@link #run}, with the form's busy flag set while the command runs, so Save cannot be pressed twice. */
    void save(UndoableCommand command, BooleanProperty busy, Runnable onSaved, Consumer<Throwable> onError) {
        busy.set(true);
        run(command, () -> {
            busy.set(false);
            onSaved.run();
        }, e -> {
            busy.set(false);
            onError.accept(e);
        });
    }

    /** The user-facing text of a failure: the service's own message, or the generic "unexpected" one. */
    String message(Throwable e) {
        return e instanceof TataException te ? te.message(i18n) : i18n.text(keys + ".error.unexpected", e);
    }
}
