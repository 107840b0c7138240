package id.tata.organization.ui;

import id.tata.organization.domain.Team;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.user.Permission;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;

/**
 * The Tim page: the teams on the left; the selected team's decree data, members and tasks on the right
 * ({@link TeamDetailPane}). Buttons above act on the teams; "Dari templat…" starts one from a regulation.
 */
final class TeamView implements ModuleView {
    private final TeamViewModel model;
    private final ModuleContext context;
    private final TableView<Team> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final boolean canEdit;

    TeamView(TeamViewModel model, ModuleContext context) {
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
        root.setTop(RecordPage.header(context, "team", canEdit, toolbar(), model.errorText()));
        SplitPane split = new SplitPane(table(), new TeamDetailPane(model, context, canEdit).node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(table, false);
        root.setCenter(split);
        root.getStyleClass().add("tata-page");
    }

    private HBox toolbar() {
        Button fromTemplate = new Button(text("team.ui.fromTemplate"), new FontIcon(Material2MZ.POST_ADD));
        fromTemplate.setId("teamFromTemplate");
        fromTemplate.setDisable(!canEdit);
        fromTemplate.setOnAction(e -> new TeamTemplateDialog(model, context).show(root.getScene().getWindow()));
        List<Button> buttons = new ArrayList<>(List.of(fromTemplate));
        buttons.addAll(RecordPage.editButtons(context, "team", table, canEdit, this::edit, this::delete));
        return RecordPage.toolbar(List.of(), buttons);
    }

    private TableView<Team> table() {
        table.setId("teamTable");
        table.setItems(model.teams());
        TableColumn<Team, String> name = RecordPage.textColumn(text("team.ui.column.name"), Team::name);
        name.setPrefWidth(240);
        name.setMinWidth(160);
        // The kind is in the name as decrees write it ("Tim Koordinasi …") and on the right: no column for it here.
        TableColumn<Team, String> period = RecordPage.textColumn(text("team.ui.column.period"), model::period);
        period.setPrefWidth(105);
        period.setMinWidth(95);
        period.setMaxWidth(120);
        table.getColumns().setAll(List.of(name, period));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        RecordPage.makeEditable(table, "teamEmpty", model.placeholderText(), canEdit, this::edit, this::delete);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.select(now));
        model.selected().addListener((obs, old, now) -> {
            if (now != null && !now.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(now);
            }
        });
        table.setMinWidth(240);
        return table;
    }

    private void edit(Team team) {
        TeamForm form = team == null ? model.newTeamForm() : model.editTeamForm(team);
        new TeamEditor(model, form, context).show(root.getScene().getWindow());
    }

    /** Confirmed first: a team's decree data, members and tasks all go (one Ctrl+Z brings them back). */
    private void delete(Team team) {
        if (team != null && context.dialogs().confirm(text("team.ui.delete.title"),
                text("team.ui.delete.confirm", team.name()))) {
            model.deleteTeam(team, message -> context.dialogs().showError(text("team.ui.delete.title"), message));
        }
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
