package id.tata.organization.ui;

import id.tata.common.ui.Toolbars;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Person;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.user.Permission;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

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
        TextField search = new TextField();
        search.setId("personSearch");
        search.setPromptText(text("person.ui.search"));
        search.textProperty().bindBidirectional(model.searchText());
        search.setPrefColumnCount(14);
        Button add = button("personAdd", "person.ui.add", new FontIcon(Material2AL.ADD));
        add.getStyleClass().add("accent");
        add.setOnAction(e -> edit(null));
        add.setDisable(!canEdit);
        Button change = button("personEdit", "person.ui.edit", new FontIcon(Material2AL.EDIT));
        change.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(add.disableProperty()));
        Button delete = button("personDelete", "person.ui.delete", new FontIcon(Material2AL.DELETE));
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> delete(table.getSelectionModel().getSelectedItem()));
        delete.disableProperty().bind(change.disableProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        OrganizationTransferActions transfer = new OrganizationTransferActions(context,
                () -> root.getScene().getWindow(), this::refresh);
        HBox toolbar = new HBox(new FontIcon(Material2MZ.SEARCH), search, new FontIcon(Material2AL.FILTER_LIST),
                agencyFilter(), spacer, add, change, delete, transfer.importButton(ImportKind.PEOPLE),
                transfer.exportButton(ImportKind.PEOPLE));
        Toolbars.keepButtonLabels(toolbar);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("tata-toolbar");
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

    private Button button(String id, String key, FontIcon icon) {
        Button button = new Button(text(key), icon);
        button.setId(id);
        return button;
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
