package id.tata.organization.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.l10n.IndonesianFormat;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * State and commands of the Pegawai view. Every service call runs as a background task; every change goes through
 * the workspace's command stack so it can be undone. No javafx.scene here: testable without a window.
 */
public final class PersonViewModel {
    private final PersonService people;
    private final PositionService positionService;
    private final AgencyService agencyService;
    private final Session session;
    private final I18n i18n;
    private final RecordListModel<Person> list;
    private final AgencyChoices agencyChoices = new AgencyChoices();
    private final Map<Long, Position> positionById = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Agency> agencyFilter = agencyChoices.filter();
    private final RecordStore<Person> store;

    /** What one load reads, so the table never shows people next to another moment's agencies. */
    private record Loaded(List<Person> people, List<Agency> agencies, List<Position> positions) { }

    public PersonViewModel(PersonService people, PositionService positions, AgencyService agencies, Session session,
                           TaskExecutor tasks, CommandStack commands, I18n i18n) {
        this.people = people;
        this.positionService = positions;
        this.agencyService = agencies;
        this.session = session;
        this.i18n = i18n;
        this.list = new RecordListModel<>(session, tasks, commands, i18n, "person.ui",
                p -> new Loaded(people.list(session), agencyService.list(session), positionService.list(session)),
                this::show);
        this.store = new RecordStore<>(p -> people.create(session, p), p -> people.restore(session, p),
                p -> people.update(session, p), p -> people.delete(session, p.id()));
        search.addListener((obs, old, now) -> filter());
        agencyFilter.addListener((obs, old, now) -> filter());
    }

    public ObservableList<Person> visiblePeople() {
        return list.visible();
    }

    public List<Person> allPeople() {
        return List.copyOf(list.records());
    }

    /** The Perangkat Daerah to filter by and to pick in the dialog, ordered as the service lists them. */
    public ObservableList<Agency> agencies() {
        return agencyChoices.agencies();
    }

    public StringProperty searchText() {
        return search;
    }

    /** Null shows everyone. */
    public ObjectProperty<Agency> agencyFilter() {
        return agencyFilter;
    }

    /** The last error of loading or deleting, for the view to show; empty when none. */
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

    /** What an empty table says: still loading, nobody yet, or nobody matching the search and filter. */
    public StringBinding placeholderText() {
        return list.placeholderText(() -> i18n.text("person.ui.noMatch"), search, agencyFilter);
    }

    public void reload() {
        list.reload();
    }

    private List<Person> show(Loaded loaded) {
        positionById.clear();
        loaded.positions().forEach(p -> positionById.put(p.id(), p));
        agencyChoices.refresh(loaded.agencies());
        list.errorText().set("");
        return loaded.people();
    }

    /** "19800101 200501 1 001", or the stored text as it is when it is not an 18-digit NIP. */
    public String nipText(Person person) {
        if (person.nip() == null) {
            return "";
        }
        try {
            return IndonesianFormat.formatNip(person.nip());
        } catch (IllegalArgumentException e) {
            return person.nip();
        }
    }

    public String positionName(Person person) {
        Position position = person.positionId() == null ? null : positionById.get(person.positionId());
        return position == null ? "" : position.name();
    }

    public String agencyName(Person person) {
        return agencyLabel(agencyChoices.byId(person.agencyId()));
    }

    /** The short name people use ("Diskominfo"), the full name when there is none. */
    public String agencyLabel(Agency agency) {
        return AgencyChoices.label(agency);
    }

    /** The jabatan already defined in the agency, for the dialog's choice list. */
    public List<String> positionNames(Agency agency) {
        if (agency == null) {
            return List.of();
        }
        return positionById.values().stream().filter(p -> agency.id().equals(p.agencyId()))
                .map(Position::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** A new person starts in the agency the table is filtered by: that is usually whom the user is entering. */
    public PersonForm newForm() {
        PersonForm form = new PersonForm(null, null, "");
        form.agency().set(agencyFilter.get());
        return form;
    }

    public PersonForm editForm(Person person) {
        return new PersonForm(person, agencyChoices.byId(person.agencyId()), positionName(person));
    }

    /** Checks the form, then adds or changes the person in the background; {@code onSaved} runs on success. */
    public void save(PersonForm form, Runnable onSaved) {
        if (!list.canEdit() || form.busy().get() || !form.validate(i18n)) {
            return;
        }
        Agency agency = form.agency().get();
        String typed = form.position().get().strip();
        Optional<Position> known = positionById.values().stream()
                .filter(p -> agency.id().equals(p.agencyId()) && p.name().equalsIgnoreCase(typed)).findFirst();
        NewPosition created = typed.isEmpty() || known.isPresent() ? null
                : new NewPosition(positionService, session, agency.id(), typed);
        Person edited = form.toPerson(known.map(Position::id).orElse(null));
        if (form.original() != null && created == null && form.original().equals(edited)) {
            onSaved.run(); // nothing changed: no empty step in the undo history
            return;
        }
        Person original = form.original();
        String name = original == null ? i18n.text("person.ui.command.add") : i18n.text("person.ui.command.edit");
        UndoableCommand command = new WithNewPositionCommand(session, created, positionId -> {
            Person person = positionId == null ? edited : edited.withPositionId(positionId);
            return original == null ? new AddRecordCommand<>(store, person, name)
                    : new EditRecordCommand<>(store, original, person, name);
        }, name);
        list.save(command, form.busy(), onSaved, e -> {
            if (e instanceof TataException te) {
                form.showRefusal(te, i18n);
            } else {
                form.generalError().set(list.message(e));
            }
        });
    }

    public void delete(Person person, Consumer<String> onError) {
        if (!list.canEdit()) {
            return;
        }
        list.run(new DeleteRecordCommand<>(store, person, i18n.text("person.ui.command.delete")), () -> { },
                e -> onError.accept(list.message(e)));
    }

    private void filter() {
        list.visible().setPredicate(new PersonFilter(search.get(), agencyFilter.get(), this::positionName,
                this::agencyWords)::test);
    }

    /** Both names, so "Dinas Komunikasi" finds the people of an agency the table shows as "Diskominfo". */
    private String agencyWords(Person person) {
        Agency agency = agencyChoices.byId(person.agencyId());
        return agency == null ? "" : agency.name() + " " + agency.shortName();
    }
}
