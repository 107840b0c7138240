package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.common.task.TaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.organization.service.AgencyService;
import id.tata.workspace.Session;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * State and commands of the Perangkat Daerah view. Every service call runs as a background task; every change goes
 * through the workspace's command stack so it can be undone. No javafx.scene here: testable without a window.
 */
public final class AgencyViewModel {
    private final AgencyService service;
    private final Session session;
    private final I18n i18n;
    private final RecordListModel<Agency> list;
    private final ObservableList<Agency> agencies;
    private final StringProperty search = new SimpleStringProperty("");
    private final RecordStore<Agency> store;

    public AgencyViewModel(AgencyService service, Session session, TaskExecutor tasks, CommandStack commands,
                           I18n i18n) {
        this.service = service;
        this.session = session;
        this.i18n = i18n;
        this.list = new RecordListModel<>(session, tasks, commands, i18n, "agency.ui", p -> service.list(session),
                loaded -> loaded);
        this.agencies = list.records();
        this.store = new RecordStore<>(a -> service.create(session, a), a -> service.restore(session, a),
                a -> service.update(session, a), a -> service.delete(session, a.id()));
        search.addListener((obs, old, text) -> list.visible().setPredicate(matching(text)));
    }

    public ObservableList<Agency> visibleAgencies() {
        return list.visible();
    }

    public List<Agency> allAgencies() {
        return List.copyOf(agencies);
    }

    public StringProperty searchText() {
        return search;
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

    /** What an empty table says: still loading, nothing yet, or nothing matching the search. */
    public StringBinding placeholderText() {
        return list.placeholderText(() -> i18n.text("agency.ui.noMatch", search.get().strip()), search);
    }

    public void reload() {
        list.reload();
    }

    /** The kind's label; the org branch supplies the agency.kind.* keys. */
    public String kindLabel(AgencyKind kind) {
        if (kind == null) {
            return "";
        }
        String key = "agency.kind." + kind.name();
        // Until those keys exist the constant's name is still better than a "!key!" in every row.
        return i18n.has(key) ? i18n.text(key) : kind.name();
    }

    public String parentName(Agency agency) {
        return find(agency.parentId()).map(p -> p.shortName().isBlank() ? p.name() : p.shortName()).orElse("");
    }

    private java.util.Optional<Agency> find(Long id) {
        return id == null ? java.util.Optional.empty()
                : agencies.stream().filter(a -> id.equals(a.id())).findFirst();
    }

    public AgencyForm newForm() {
        return new AgencyForm(null, null);
    }

    public AgencyForm editForm(Agency agency) {
        return new AgencyForm(agency, find(agency.parentId()).orElse(null));
    }

    /** Agencies the form's agency may be placed under: not itself, nor anything below it (no cycles). */
    public List<Agency> parentChoices(AgencyForm form) {
        Set<Long> excluded = new HashSet<>();
        if (form.original() != null) {
            excluded.add(form.original().id());
            boolean grew;
            do {
                List<Long> below = agencies.stream()
                        .filter(a -> a.parentId() != null && excluded.contains(a.parentId()))
                        .map(Agency::id).toList();
                grew = excluded.addAll(below);
            } while (grew);
        }
        return agencies.stream().filter(a -> !excluded.contains(a.id())).toList();
    }

    /** Checks the form, then adds or changes the agency in the background; {@code onSaved} runs on success. */
    public void save(AgencyForm form, Runnable onSaved) {
        if (!list.canEdit() || form.busy().get() || !form.validate(agencies, i18n)) {
            return;
        }
        Agency edited = form.toAgency();
        if (form.original() != null && form.original().equals(edited)) {
            onSaved.run(); // nothing changed: no empty step in the undo history
            return;
        }
        UndoableCommand command = form.original() == null
                ? new AddRecordCommand<>(store, edited, i18n.text("agency.ui.command.add"))
                : new EditRecordCommand<>(store, form.original(), edited, i18n.text("agency.ui.command.edit"));
        list.save(command, form.busy(), onSaved, e -> form.generalError().set(list.message(e)));
    }

    public void delete(Agency agency, Consumer<String> onError) {
        if (!list.canEdit()) {
            return;
        }
        list.run(new DeleteRecordCommand<>(store, agency, i18n.text("agency.ui.command.delete")), () -> { },
                e -> onError.accept(list.message(e)));
    }

    private static java.util.function.Predicate<Agency> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return a -> true;
        }
        return a -> Objects.toString(a.code(), "").toLowerCase(Locale.ROOT).contains(needle)
                || Objects.toString(a.name(), "").toLowerCase(Locale.ROOT).contains(needle)
                || Objects.toString(a.shortName(), "").toLowerCase(Locale.ROOT).contains(needle);
    }
}
