package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The Perangkat Daerah table with search, add, edit and delete. */
final class AgencyView implements ModuleView {
    private final AgencyViewModel model;
    private final ModuleContext context;
    private final TableView<Agency> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    AgencyView(AgencyViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
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
        TextField search = RecordPage.searchField(context, "agency", model.searchText(), 24);
        List<Node> buttons = new ArrayList<>(RecordPage.editButtons(context, "agency", table, model.canEdit(),
                this::edit, this::delete));
        OrganizationTransferActions transfer = new OrganizationTransferActions(context,
                () -> root.getScene().getWindow(), this::refresh);
        buttons.add(transfer.importButton(ImportKind.AGENCIES));
        buttons.add(transfer.exportButton(ImportKind.AGENCIES));
        HBox toolbar = RecordPage.toolbar(List.of(new FontIcon(Material2MZ.SEARCH), search), buttons);
        VBox top = RecordPage.header(context, "agency", model.canEdit(), toolbar, model.errorText());
        root.setTop(top);
        root.setCenter(table());
        root.getStyleClass().add("tata-page");
    }

    private TableView<Agency> table() {
        table.setId("agencyTable");
        table.setItems(model.visibleAgencies());
        TableColumn<Agency, String> name = column("agency.ui.column.name", Agency::name, 460);
        name.setMaxWidth(Double.MAX_VALUE);
        table.getColumns().setAll(List.of(column("agency.ui.column.code", Agency::code, 90), name,
                column("agency.ui.column.shortName", Agency::shortName, 120),
                column("agency.ui.column.kind", a -> model.kindLabel(a.kind()), 150),
                column("agency.ui.column.parent", model::parentName, 130)));
        // Official names run long ("Dinas Komunikasi, Informatika, Statistik dan Persandian"): Nama takes the room.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        RecordPage.makeEditable(table, "agencyEmpty", model.placeholderText(), model.canEdit(), this::edit,
                this::delete);
        return table;
    }

    private TableColumn<Agency, String> column(String key, Function<Agency, String> value, double width) {
        TableColumn<Agency, String> column = RecordPage.textColumn(text(key), value);
        column.setPrefWidth(width);
        column.setMaxWidth(width * 1.4);
        return column;
    }

    private void edit(Agency agency) {
        AgencyForm form = agency == null ? model.newForm() : model.editForm(agency);
        new AgencyEditor(model, form, context).show(root.getScene().getWindow());
    }

    private void delete(Agency agency) {
        if (agency == null) {
            return;
        }
        String shown = agency.shortName().isBlank() ? agency.name() : agency.shortName();
        if (context.dialogs().confirm(text("agency.ui.delete.title"), text("agency.ui.delete.confirm", shown))) {
            model.delete(agency, message -> context.dialogs().showError(text("agency.ui.delete.title"), message));
        }
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
