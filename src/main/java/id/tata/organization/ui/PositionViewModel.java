package id.tata.organization.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.TaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.organization.service.AgencyService;
import id.tata.organization.service.PersonService;
import id.tata.organization.service.PositionService;
import id.tata.workspace.Session;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * State and commands of the Jabatan view. Every service call runs as a background task; every change goes through
 * the workspace's command stack so it can be undone. No javafx.scene here: testable without a window.
 */
public final class PositionViewModel {
    private final PositionService positions;
    private final PersonService people;
    private final AgencyService agencyService;
    private final Session session;
    private final I18n i18n;
    private final RecordListModel<Position> list;
    private final AgencyChoices agencyChoices = new AgencyChoices();
    private final Map<Long, List<String>> holdersByPosition = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Agency> agencyFilter = agencyChoices.filter();
    private final RecordStore<Position> store;

    /** What one load reads, so holder counts never belong to another moment than the jabatan they count. */
    private record Loaded(List<Position> positions, List<Agency> agencies, List<Person> people) { }

    public PositionViewModel(PositionService positions, PersonService people, AgencyService agencies,
                             Session session, TaskExecutor tasks, CommandStack commands, I18n i18n) {
        this.positions = positions;
        this.people = people;
        this.agencyService = agencies;
        this.session = session;
        this.i18n = i18n;
        this.list = new RecordListModel<>(session, tasks, commands, i18n, "position.ui",
                p -> new Loaded(positions.list(session), agencyService.list(session), people.list(session)),
                this::show);
        this.store = new RecordStore<>(p -> positions.create(session, p), p -> positions.restore(session, p),
                p -> positions.update(session, p), p -> positions.delete(session, p.id()));
        search.addListener((obs, old, now) -> filter());
        agencyFilter.addListener((obs, old, now) -> filter());
    }

    public ObservableList<Position> visiblePositions() {
        return list.visible();
    }

    public List<Position> allPositions() {
        return List.copyOf(list.records());
    }

    /** The Perangkat Daerah to filter by and to pick in the dialog, ordered as the service lists them. */
    public ObservableList<Agency> agencies() {
        return agencyChoices.agencies();
    }

    public StringProperty searchText() {
        return search;
    }

    /** Null shows every jabatan. */
    public ObjectProperty<Agency> agencyFilter() {
        return agencyFilter;
    }

    /** The last error of loading, for the view to show; empty when none. */
    public StringProperty errorText() {
        return list.errorText();
    }

    public ReadOnlyBooleanProperty loading() {
        return list.loading();
    }

    /** False for roles without ORGANIZATION_EDIT and for read-only workspaces. */
    public boolean canEdit() {
        return list.canEdit();
    }

    /** What an empty table says: still loading, no jabatan yet, or none matching the search and filter. */
    public StringBinding placeholderText() {
        return list.placeholderText(() -> i18n.text("position.ui.noMatch"), search, agencyFilter);
    }

    public void reload() {
        list.reload();
    }

    private List<Position> show(Loaded loaded) {
        holdersByPosition.clear();
        loaded.people().stream().filter(p -> p.positionId() != null)
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> holdersByPosition.computeIfAbsent(p.positionId(), id -> new ArrayList<>())
                        .add(p.displayName()));
        agencyChoices.refresh(loaded.agencies());
        list.errorText().set("");
        return loaded.positions();
    }

    public String agencyName(Position position) {
        return agencyLabel(agencyChoices.byId(position.agencyId()));
    }

    /** The short name people use ("Diskominfo"), the full name when there is none. */
    public String agencyLabel(Agency agency) {
        return AgencyChoices.label(agency);
    }

    /** How many people hold the jabatan, as of the last load. */
    public int holderCount(Position position) {
        return holderNames(position).size();
    }

    /** The holders' names with titles, alphabetical, as of the last load. */
    public List<String> holderNames(Position position) {
        return List.copyOf(holdersByPosition.getOrDefault(position.id(), List.of()));
    }

    /** A new jabatan starts in the agency the table is filtered by: that is usually where the user is working. */
    public PositionForm newForm() {
        PositionForm form = new PositionForm(null, null);
        form.agency().set(agencyFilter.get());
        return form;
    }

    public PositionForm editForm(Position position) {
        return new PositionForm(position, agencyChoices.byId(position.agencyId()));
    }

    /** Checks the form, then adds or changes the jabatan in the background; {@code onSaved} runs on success. */
    public void save(PositionForm form, Runnable onSaved) {
        if (!list.canEdit() || form.busy().get() || !form.validate(i18n)) {
            return;
        }
        Position edited = form.toPosition();
        if (form.original() != null && form.original().equals(edited)) {
            onSaved.run(); // nothing changed: no empty step in the undo history
            return;
        }
        UndoableCommand command = form.original() == null
                ? new AddRecordCommand<>(store, edited, i18n.text("position.ui.command.add"))
                : new EditRecordCommand<>(store, form.original(), edited, i18n.text("position.ui.command.edit"));
        list.save(command, form.busy(), onSaved, e -> {
            if (e instanceof TataException te) {
                form.showRefusal(te, i18n);
            } else {
                form.generalError().set(list.message(e));
            }
        });
    }

    /**
     * Deletes the jabatan; a refusal (people still hold it) reaches {@code onError} with the service's message, which
     * says how many. The service decides rather than the loaded count, which may be out of date.
     */
    public void delete(Position position, Consumer<String> onError) {
        if (!list.canEdit()) {
            return;
        }
        list.run(new DeleteRecordCommand<>(store, position, i18n.text("position.ui.command.delete")),
                () -> { }, e -> onError.accept(list.message(e)));
    }

    private void filter() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Agency agency = agencyFilter.get();
        list.visible().setPredicate(p -> (agency == null || agency.id().equals(p.agencyId()))
                && (needle.isEmpty() || searchWords(p).contains(needle)));
    }

    /** Name, eselon, both agency names and the holders, so "Diskominfo" and a holder's name both find it. */
    private String searchWords(Position position) {
        Agency agency = agencyChoices.byId(position.agencyId());
        String agencyWords = agency == null ? "" : agency.name() + " " + agency.shortName();
        return String.join(" ", position.name(), position.echelon(), agencyWords,
                String.join(" ", holdersByPosition.getOrDefault(position.id(), List.of()))).toLowerCase(Locale.ROOT);
    }
}
