package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.organization.domain.TeamDetail;
import id.tata.organization.domain.TeamMember;
import id.tata.organization.domain.TeamMemberView;
import id.tata.organization.domain.TeamTask;
import id.tata.organization.service.TeamService;
import id.tata.workspace.Session;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The selected team's members and tasks and the commands that change them. Each change replaces the list (one item
 * added, changed, removed or moved) as one undoable step, which the service writes as the difference. The commands
 * are captured against the lists as last shown, so undo restores exactly what the user saw. No javafx.scene here.
 */
public final class TeamContentsModel {
    /** Runs a command on the stack in the background, then reloads the page; failures reach the consumer. */
    interface Runner {
        void run(UndoableCommand command, Runnable onSuccess, Consumer<Throwable> onError);
    }

    private final TeamService teams;
    private final Session session;
    private final I18n i18n;
    private final boolean canEdit;
    private final Runner runner;
    private final Function<Throwable, String> message;
    private final LongFunction<Position> positionById;
    private final LongFunction<Person> personById;
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<TeamTask> tasks = FXCollections.observableArrayList();
    private TeamDetail current;

    TeamContentsModel(TeamService teams, Session session, I18n i18n, boolean canEdit, Runner runner,
                      Function<Throwable, String> message, LongFunction<Position> positionById,
                      LongFunction<Person> personById) {
        this.teams = teams;
        this.session = session;
        this.i18n = i18n;
        this.canEdit = canEdit;
        this.runner = runner;
        this.message = message;
        this.positionById = positionById;
        this.personById = personById;
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    public ObservableList<TeamTask> tasks() {
        return tasks;
    }

    /** Shows a loaded team; null (deleted meanwhile, or none selected) empties both lists. */
    void show(TeamDetail detail, List<TeamMemberView> views) {
        current = detail;
        List<TeamMember> stored = detail == null ? List.of() : detail.members();
        List<MemberRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(stored.size(), views.size()); i++) {
            rows.add(new MemberRow(stored.get(i), views.get(i)));
        }
        members.setAll(rows);
        tasks.setAll(detail == null ? List.of() : detail.tasks());
    }

    // --- members ------------------------------------------------------------------------------------------------

    public TeamMemberForm newMemberForm() {
        return new TeamMemberForm(-1, null, null, null, positionById);
    }

    public TeamMemberForm editMemberForm(int index) {
        TeamMember m = current.members().get(index);
        return new TeamMemberForm(index, m, m.positionId() == null ? null : positionById.apply(m.positionId()),
                m.personId() == null ? null : personById.apply(m.personId()), positionById);
    }

    /** Adds the member at the end or changes the one at the form's place. */
    public void saveMember(TeamMemberForm form, Runnable onSaved) {
        if (!canEdit || current == null || form.busy().get() || !form.validate(i18n)) {
            return;
        }
        List<TeamMember> after = changed(current.members(), form.index(), form.toMember());
        String name = i18n.text(form.index() < 0 ? "team.ui.command.addMember" : "team.ui.command.editMember");
        save(after.equals(current.members()) ? null : membersCommand(after, name), form.busy(), form.error(),
                onSaved);
    }

    public void removeMember(int index, Consumer<String> onError) {
        if (canEdit && current != null && index >= 0 && index < current.members().size()) {
            List<TeamMember> after = new ArrayList<>(current.members());
            after.remove(index);
            run(membersCommand(after, i18n.text("team.ui.command.removeMember")), onError);
        }
    }

    /** Moves the member one place up (-1) or down (+1); false when it is already at that end. */
    public boolean moveMember(int index, int delta, Consumer<String> onError) {
        Optional<List<TeamMember>> after = canEdit && current != null ? moved(current.members(), index, delta)
                : Optional.empty();
        after.ifPresent(list -> run(membersCommand(list, i18n.text("team.ui.command.moveMember")), onError));
        return after.isPresent();
    }

    private UndoableCommand membersCommand(List<TeamMember> after, String name) {
        return new ReplaceListCommand<>((id, wanted) -> teams.replaceMembers(session, id, wanted),
                current.team().id(), current.members(), after, name);
    }

    // --- tasks --------------------------------------------------------------------------------------------------

    public TeamTaskForm newTaskForm() {
        return new TeamTaskForm(-1, null);
    }

    public TeamTaskForm editTaskForm(int index) {
        return new TeamTaskForm(index, current.tasks().get(index));
    }

    public void saveTask(TeamTaskForm form, Runnable onSaved) {
        if (!canEdit || current == null || form.busy().get() || !form.validate(i18n)) {
            return;
        }
        List<TeamTask> after = changed(current.tasks(), form.index(), form.toTask());
        String name = i18n.text(form.index() < 0 ? "team.ui.command.addTask" : "team.ui.command.editTask");
        save(after.equals(current.tasks()) ? null : tasksCommand(after, name), form.busy(), form.error(), onSaved);
    }

    public void removeTask(int index, Consumer<String> onError) {
        if (canEdit && current != null && index >= 0 && index < current.tasks().size()) {
            List<TeamTask> after = new ArrayList<>(current.tasks());
            after.remove(index);
            run(tasksCommand(after, i18n.text("team.ui.command.removeTask")), onError);
        }
    }

    public boolean moveTask(int index, int delta, Consumer<String> onError) {
        Optional<List<TeamTask>> after = canEdit && current != null ? moved(current.tasks(), index, delta)
                : Optional.empty();
        after.ifPresent(list -> run(tasksCommand(list, i18n.text("team.ui.command.moveTask")), onError));
        return after.isPresent();
    }

    private UndoableCommand tasksCommand(List<TeamTask> after, String name) {
        return new ReplaceListCommand<>((id, wanted) -> teams.replaceTasks(session, id, wanted),
                current.team().id(), current.tasks(), after, name);
    }

    // --- shared -------------------------------------------------------------------------------------------------

    /** A dialog's save: nothing changed closes it without an empty undo step; a failure stays in the dialog. */
    private void save(UndoableCommand command, javafx.beans.property.BooleanProperty busy,
                      javafx.beans.property.StringProperty error, Runnable onSaved) {
        if (command == null) {
            onSaved.run();
            return;
        }
        busy.set(true);
        runner.run(command, () -> {
            busy.set(false);
            onSaved.run();
        }, e -> {
            busy.set(false);
            error.set(message.apply(e));
        });
    }

    private void run(UndoableCommand command, Consumer<String> onError) {
        runner.run(command, () -> { }, e -> onError.accept(message.apply(e)));
    }

    private static <T> List<T> changed(List<T> items, int index, T item) {
        List<T> after = new ArrayList<>(items);
        if (index < 0) {
            after.add(item);
        } else {
            after.set(index, item);
        }
        return after;
    }

    private static <T> Optional<List<T>> moved(List<T> items, int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= items.size() || target < 0 || target >= items.size()) {
            return Optional.empty();
        }
        List<T> after = new ArrayList<>(items);
        after.add(target, after.remove(index));
        return Optional.of(after);
    }

    /** For tests: the ids of the shown members, in order. */
    List<Long> memberIds() {
        return members.stream().map(r -> r.member().id()).toList();
    }
}
