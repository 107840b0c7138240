package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Person;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.user.Permission;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The Pegawai table with search, a Perangkat Daerah filter, add, edit and delete. */
final class PersonView implements ModuleView {
    private final PersonViewModel model;
    private final ModuleContext context;
    private final TableView<Person> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final boolean canEdit;

    PersonView(PersonViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
        this.canEdit = model.canEdit() && context.canWrite(Permission.ORGANIZATION_EDIT);
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
        VBox top = RecordPage.header(context, "person", canEdit, toolbar(), model.errorText());
        root.setTop(top);
        root.setCenter(table());
        root.getStyleClass().add("tata-page");
    }

    private HBox toolbar() {
        TextField search = RecordPage.searchField(context, "person", model.searchText(), 14);
        List<Node> buttons = new ArrayList<>(RecordPage.editButtons(context, "person", table, canEdit, this::edit,
                this::delete));
        OrganizationTransferActions transfer = new OrganizationTransferActions(context,
                () -> root.getScene().getWindow(), this::refresh);
        buttons.add(transfer.importButton(ImportKind.PEOPLE));
        buttons.add(transfer.exportButton(ImportKind.PEOPLE));
        HBox toolbar = RecordPage.toolbar(List.of(new FontIcon(Material2MZ.SEARCH), search,
                new FontIcon(Material2AL.FILTER_LIST), agencyFilter()), buttons);
        return toolbar;
    }

    private ComboBox<Optional<Agency>> agencyFilter() {
        return AgencyFilterChoice.create("personAgencyFilter", model.agencies(), model.agencyFilter(),
                model::agencyLabel, text("person.ui.allAgencies"));
    }

    private TableView<Person> table() {
        table.setId("personTable");
        table.setItems(model.visiblePeople());
        TableColumn<Person, String> nip = column("person.ui.column.nip", model::nipText, 200, 200);
        nip.setMaxWidth(200); // a NIP always has the same length: cut short it is useless, wider it wastes room
        table.getColumns().setAll(List.of(nip,
                column("person.ui.column.name", Person::displayName, 250, 170),
                column("person.ui.column.rank", Person::rank, 190, 140),
                column("person.ui.column.position", model::positionName, 260, 170),
                column("person.ui.column.agency", model::agencyName, 160, 160)));
        // Names with titles and jabatan run long ("Kepala Bidang Aplikasi Informatika"): they take the room.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        RecordPage.makeEditable(table, "personEmpty", model.placeholderText(), canEdit, this::edit,
                this::delete);
        return table;
    }

    private TableColumn<Person, String> column(String key, Function<Person, String> value, double width,
                                               double minWidth) {
        TableColumn<Person, String> column = RecordPage.textColumn(text(key), value);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }

    private void edit(Person person) {
        PersonForm form = person == null ? model.newForm() : model.editForm(person);
        new PersonEditor(model, form, context).show(root.getScene().getWindow());
    }

    private void delete(Person person) {
        if (person == null) {
            return;
        }
        if (context.dialogs().confirm(text("person.ui.delete.title"),
                text("person.ui.delete.confirm", person.displayName()))) {
            model.delete(person, message -> context.dialogs().showError(text("person.ui.delete.title"), message));
        }
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
