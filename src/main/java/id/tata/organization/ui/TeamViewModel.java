package id.tata.organization.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.TaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.organization.domain.PositionLabel;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamDetail;
import id.tata.organization.domain.TeamKind;
import id.tata.organization.domain.TeamMemberView;
import id.tata.organization.domain.TeamRole;
import id.tata.organization.domain.TeamTemplate;
import id.tata.organization.service.AgencyService;
import id.tata.organization.service.PersonService;
import id.tata.organization.service.PositionService;
import id.tata.organization.service.TeamService;
import id.tata.workspace.Session;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Year;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * State and commands of the Tim page: the teams, which one is shown, its decree data, and the lookups (positions,
 * people) its member dialog offers. The shown team's members and tasks are {@link TeamContentsModel}'s. Every change
 * is an undoable command run in the background. No javafx.scene here.
 */
public final class TeamViewModel {
    private final TeamService teams;
    private final Session session;
    private final TaskExecutor tasks;
    private final CommandStack commands;
    private final I18n i18n;
    private final RecordListModel<Team> list;
    private final ObjectProperty<Team> selected = new SimpleObjectProperty<>();
    private final TeamContentsModel contents;
    private final ObservableList<Position> positionChoices = FXCollections.observableArrayList();
    private final ObservableList<Person> personChoices = FXCollections.observableArrayList();
    private final Map<Long, Position> positionById = new HashMap<>();
    private final Map<Long, Person> personById = new HashMap<>();
    private final Map<Long, Agency> agencyById = new HashMap<>();
    /** The team to show after the next load; null shows the first. */
    private Long wantedId;
    /**
     * True while a load replaces the list: the table then reports selections of its own (whatever row now sits
     * where the selected one was), which must not change the team to show.
     */
    private boolean replacingList;

    private record Loaded(List<Team> teams, List<Position> positions, List<Person> people, List<Agency> agencies) { }

    private record Details(long teamId, TeamDetail detail, List<TeamMemberView> views) { }

    public TeamViewModel(TeamService teams, PositionService positions, PersonService people, AgencyService agencies,
                         Session session, TaskExecutor tasks, CommandStack commands, I18n i18n) {
        this.teams = teams;
        this.session = session;
        this.tasks = tasks;
        this.commands = commands;
        this.i18n = i18n;
        this.list = new RecordListModel<>(session, tasks, commands, i18n, "team.ui",
                p -> new Loaded(teams.list(session), positions.list(session), people.list(session),
                        agencies.list(session)), this::show, this::reselect);
        this.contents = new TeamContentsModel(teams, session, i18n, list.canEdit(), this::run, list::message,
                positionById::get, personById::get);
    }

    public ObservableList<Team> teams() {
        return list.visible();
    }

    /** The team whose members and tasks are shown; set through {@link #select}. */
    public ObjectProperty<Team> selected() {
        return selected;
    }

    /** The selected team's members and tasks, and the commands that change them. */
    public TeamContentsModel contents() {
        return contents;
    }

    public ObservableList<Position> positionChoices() {
        return positionChoices;
    }

    public ObservableList<Person> personChoices() {
        return personChoices;
    }

    public StringProperty errorText() {
        return list.errorText();
    }

    public ReadOnlyBooleanProperty loading() {
        return list.loading();
    }

    public boolean canEdit() {
        return list.canEdit();
    }

    public StringBinding placeholderText() {
        return list.placeholderText(() -> "");
    }

    public List<TeamTemplate> templates() {
        return teams.templates();
    }

    public void reload() {
        list.reload();
    }

    /** Shows the team's members and tasks; a null (the table clearing while it reloads) changes nothing. */
    public void select(Team team) {
        if (replacingList || team == null || (Objects.equals(team.id(), wantedId) && Objects.equals(team, selected.get()))) {
            return;
        }
        wantedId = team.id();
        selected.set(team);
        loadDetail();
    }

    private List<Team> show(Loaded loaded) {
        replacingList = true;
        positionById.clear();
        personById.clear();
        agencyById.clear();
        loaded.positions().forEach(p -> positionById.put(p.id(), p));
        loaded.people().forEach(p -> personById.put(p.id(), p));
        loaded.agencies().forEach(a -> agencyById.put(a.id(), a));
        positionChoices.setAll(loaded.positions().stream()
                .sorted(Comparator.comparing(this::positionLabel, String.CASE_INSENSITIVE_ORDER)).toList());
        personChoices.setAll(loaded.people());
        list.errorText().set("");
        return loaded.teams();
    }

    /** After every load: the team shown before (or just made) if it is still there, else the first. */
    private void reselect() {
        replacingList = false;
        List<Team> all = list.records();
        Team match = all.stream().filter(t -> Objects.equals(t.id(), wantedId)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        wantedId = match == null ? null : match.id();
        selected.set(match);
        loadDetail();
    }

    private void loadDetail() {
        Long id = wantedId;
        if (id == null) {
            contents.show(null, List.of());
            return;
        }
        tasks.execute(BackgroundTask.of(i18n.text("team.ui.task.loadDetail"),
                        p -> new Details(id, teams.detail(session, id).orElse(null), teams.members(session, id)))
                .onSuccess(this::showDetail)
                .onFailure(e -> list.errorText().set(list.message(e))));
    }

    private void showDetail(Details loaded) {
        if (Objects.equals(loaded.teamId(), wantedId)) { // else the user has moved on to another team meanwhile
            contents.show(loaded.detail(), loaded.views());
        }
    }

    // --- labels -----------------------------------------------------------------------------------------------

    public String kindLabel(TeamKind kind) {
        return kind == null ? "" : i18n.text(kind.labelKey());
    }

    public String roleLabel(TeamRole role) {
        return role == null ? "" : i18n.text(role.labelKey());
    }

    /** "2026–2030", or "sejak 2026" while no end is set. */
    public String period(Team team) {
        if (team == null) {
            return "";
        }
        return team.periodEndYear() == null ? i18n.text("team.ui.period.open", String.valueOf(team.periodStartYear()))
                : team.periodStartYear() + "–" + team.periodEndYear();
    }

    /** "Kepala Dinas Kesehatan": the jabatan read with its Perangkat Daerah, as the choices list it. */
    public String positionLabel(Position position) {
        if (position == null) {
            return "";
        }
        Agency agency = agencyById.get(position.agencyId());
        return PositionLabel.withAgency(position.name(), agency == null ? "" : agency.name());
    }

    public String personLabel(Person person) {
        return person == null ? "" : person.displayName();
    }

    /** The person column: name with titles and, when known, the NIP as printed. */
    public String personColumn(TeamMemberView view) {
        return view.nip().isEmpty() ? view.personName() : view.personName() + " — NIP " + view.nip();
    }

    // --- teams --------------------------------------------------------------------------------------------------

    public TeamForm newTeamForm() {
        return new TeamForm(null, Year.now().getValue());
    }

    public TeamForm editTeamForm(Team team) {
        return new TeamForm(team, Year.now().getValue());
    }

    /** Adds or changes a team's own fields; {@code onSaved} runs on success, refusals land in the form. */
    public void saveTeam(TeamForm form, Runnable onSaved) {
        if (!canEdit() || form.busy().get() || !form.validate(i18n)) {
            return;
        }
        Team edited = form.toTeam();
        Team original = form.original();
        if (original != null && original.equals(edited)) {
            onSaved.run();
            return;
        }
        UndoableCommand command = original == null
                ? new CreateTeamCommand(teams, session, () -> new TeamDetail(edited, List.of(), List.of()),
                        i18n.text("team.ui.command.add"))
                : UndoableCommand.of(i18n.text("team.ui.command.edit"), () -> teams.update(session, edited),
                        () -> teams.update(session, original));
        form.busy().set(true);
        run(command, () -> {
            form.busy().set(false);
            onSaved.run();
        }, e -> {
            form.busy().set(false);
            if (e instanceof TataException te) {
                form.showRefusal(te, i18n);
            } else {
                form.generalError().set(list.message(e));
            }
        });
    }

    /** A new team from a regulation's template, its descriptions matched to this workspace's positions. */
    public void createFromTemplate(String code, int startYear, Runnable onDone, Consumer<String> onError) {
        if (!canEdit()) {
            return;
        }
        run(new CreateTeamCommand(teams, session, () -> teams.draftFromTemplate(session, code, startYear),
                i18n.text("team.ui.command.fromTemplate")), onDone, e -> onError.accept(list.message(e)));
    }

    public void deleteTeam(Team team, Consumer<String> onError) {
        if (!canEdit() || team == null) {
            return;
        }
        run(new DeleteTeamCommand(teams, session, team.id(), i18n.text("team.ui.command.delete")), () -> { },
                e -> onError.accept(list.message(e)));
    }

    // --- shared -------------------------------------------------------------------------------------------------

    /**
     * Runs the command on the stack in the background; on success {@code onSuccess} runs first (a new team becomes
     * the one to show), then the page reloads.
     */
    private void run(UndoableCommand command, Runnable onSuccess, Consumer<Throwable> onError) {
        tasks.execute(BackgroundTask.of(command.name(), p -> {
            commands.execute(command);
            return command;
        }).onSuccess(done -> {
            if (done instanceof CreateTeamCommand create) {
                wantedId = create.created().team().id();
            }
            onSuccess.run();
            list.reload();
        }).onFailure(onError));
    }

}
