package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Position;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.user.Permission;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The Jabatan table with search, a Perangkat Daerah filter, add, edit and delete. */
final class PositionView implements ModuleView {
    /** More names than this make a tooltip taller than the screen; the rest is summed up in one line. */
    private static final int TOOLTIP_NAMES = 15;

    private final PositionViewModel model;
    private final ModuleContext context;
    private final TableView<Position> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final boolean canEdit;

    PositionView(PositionViewModel model, ModuleContext context) {
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
        VBox top = RecordPage.header(context, "position", canEdit, toolbar(), model.errorText());
        root.setTop(top);
        root.setCenter(table());
        root.getStyleClass().add("tata-page");
    }

    private HBox toolbar() {
        TextField search = RecordPage.searchField(context, "position", model.searchText(), 20);
        ComboBox<Optional<Agency>> filter = AgencyFilterChoice.create("positionAgencyFilter", model.agencies(),
                model.agencyFilter(), model::agencyLabel, text("position.ui.allAgencies"));
        filter.setPrefWidth(240); // no import/export buttons here: room for "Semua Perangkat Daerah" in full
        HBox toolbar = RecordPage.toolbar(List.of(new FontIcon(Material2MZ.SEARCH), search,
                new FontIcon(Material2AL.FILTER_LIST), filter),
                RecordPage.editButtons(context, "position", table, canEdit, this::edit, this::delete));
        return toolbar;
    }

    private TableView<Position> table() {
        table.setId("positionTable");
        table.setItems(model.visiblePositions());
        TableColumn<Position, String> echelon = column("position.ui.column.echelon", Position::echelon, 100, 80);
        echelon.setMaxWidth(110); // "Fungsional" is the longest usual value: more room only wastes it
        TableColumn<Position, String> agency = column("position.ui.column.agency", model::agencyName, 200, 140);
        agency.setMaxWidth(220); // short names mostly; a long full name has its tooltip
        table.getColumns().setAll(List.of(
                column("position.ui.column.name", Position::name, 480, 220),
                echelon,
                agency,
                holdersColumn()));
        // Jabatan names run long ("Kepala Bidang Aplikasi Informatika"): they take the room.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        RecordPage.makeEditable(table, "positionEmpty", model.placeholderText(), canEdit, this::edit,
                this::delete);
        return table;
    }

    /** A number, so the column sorts by it; who the holders are is on hover. */
    private TableColumn<Position, Integer> holdersColumn() {
        TableColumn<Position, Integer> column = new TableColumn<>(text("position.ui.column.holders"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.holderCount(c.getValue())));
        column.setPrefWidth(105);
        column.setMinWidth(100);
        column.setMaxWidth(110);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer count, boolean empty) {
                super.updateItem(count, empty);
                Position position = empty ? null : getTableRow().getItem();
                setText(position == null ? null : String.valueOf(count));
                setTooltip(position == null || count == 0 ? null : holdersTooltip(model.holderNames(position)));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private Tooltip holdersTooltip(List<String> names) {
        List<String> lines = new ArrayList<>(names.stream().limit(TOOLTIP_NAMES).toList());
        if (names.size() > TOOLTIP_NAMES) {
            lines.add(text("position.ui.holders.more", names.size() - TOOLTIP_NAMES));
        }
        Tooltip tooltip = new Tooltip(String.join("\n", lines));
        tooltip.setShowDelay(Duration.millis(300));
        return tooltip;
    }

    private TableColumn<Position, String> column(String key, Function<Position, String> value, double width,
                                                 double minWidth) {
        TableColumn<Position, String> column = RecordPage.textColumn(text(key), value);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }

    private void edit(Position position) {
        PositionForm form = position == null ? model.newForm() : model.editForm(position);
        new PositionEditor(model, form, context).show(root.getScene().getWindow());
    }

    /**
     * A jabatan people hold goes straight to the service, whose refusal says how many hold it: asking "delete?"
     * first would only lead to that refusal. Others are confirmed first. (Should the count be out of date and the
     * service delete it after all, the deletion is one Ctrl+Z away like any other.)
     */
    private void delete(Position position) {
        if (position == null) {
            return;
        }
        if (model.holderCount(position) > 0 || context.dialogs().confirm(text("position.ui.delete.title"),
                text("position.ui.delete.confirm", position.name()))) {
            model.delete(position, message -> context.dialogs().showError(text("position.ui.delete.title"), message));
        }
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
