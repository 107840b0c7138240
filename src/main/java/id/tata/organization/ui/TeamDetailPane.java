package id.tata.organization.ui;

import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamTask;
import id.tata.shell.ModuleContext;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The selected team: its decree data, its members in order (as the decree's table prints them) and its tasks, each
 * list with add, edit, remove and move up/down. Every change is one undoable step.
 */
final class TeamDetailPane {
    private final TeamViewModel model;
    private final ModuleContext context;
    private final boolean canEdit;
    private final VBox root = new VBox();
    private final TableView<MemberRow> memberTable = new TableView<>();
    private final ListView<TeamTask> taskList = new ListView<>();
    private final Label name = new Label();
    private final Label kind = new Label();
    private final Label period = new Label();
    private final Label legalBasis = new Label();
    private final Label purpose = new Label();
    /** The row to select once the list comes back from a move: the moved item stays under the cursor. */
    private int memberToSelect = -1;
    private int taskToSelect = -1;

    TeamDetailPane(TeamViewModel model, ModuleContext context, boolean canEdit) {
        this.model = model;
        this.context = context;
        this.canEdit = canEdit;
        build();
        model.selected().addListener((obs, old, now) -> showTeam(now));
        showTeam(model.selected().get());
    }

    Node node() {
        return root;
    }

    private void build() {
        name.setId("teamName");
        name.getStyleClass().add("title-3");
        name.setWrapText(true);
        VBox members = section("team.ui.members", memberButtons(), memberTable());
        VBox tasks = section("team.ui.tasks", taskButtons(), taskList());
        // Members usually outnumber tasks; the user can move the divider when a regulation lists many tasks.
        SplitPane lists = new SplitPane(members, tasks);
        lists.setOrientation(Orientation.VERTICAL);
        lists.setDividerPositions(0.6);
        VBox.setVgrow(lists, Priority.ALWAYS);
        root.getChildren().setAll(name, facts(), lists);
        root.getStyleClass().add("tata-team-detail");
        root.setSpacing(10);
        root.setStyle("-fx-padding: 0 0 0 16;");
    }

    private GridPane facts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tata-form");
        kind.setId("teamKindLabel");
        period.setId("teamPeriodLabel");
        legalBasis.setId("teamLegalBasisLabel");
        purpose.setId("teamPurposeLabel");
        List.of(legalBasis, purpose).forEach(l -> {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE); // a long legal basis wraps instead of being cut short
            l.setMaxWidth(Double.MAX_VALUE);
        });
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, values);
        addFact(grid, "team.ui.field.kind", kind);
        addFact(grid, "team.ui.field.period", period);
        addFact(grid, "team.ui.field.legalBasis", legalBasis);
        addFact(grid, "team.ui.field.purpose", purpose);
        return grid;
    }

    private void addFact(GridPane grid, String key, Label value) {
        Label label = new Label(text(key));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setHgrow(value, Priority.ALWAYS);
        grid.addRow(grid.getRowCount(), label, value);
    }

    private void showTeam(Team team) {
        name.setText(team == null ? text("team.ui.noneSelected") : team.name());
        kind.setText(team == null ? "" : model.kindLabel(team.kind()));
        period.setText(model.period(team));
        legalBasis.setText(team == null || team.legalBasis().isEmpty() ? "—" : team.legalBasis());
        purpose.setText(team == null || team.purpose().isEmpty() ? "—" : team.purpose());
    }

    private VBox section(String titleKey, List<Button> buttons, Node content) {
        Label title = new Label(text(titleKey));
        title.getStyleClass().add("title-4");
        title.setMinWidth(Label.USE_PREF_SIZE);
        VBox box = new VBox(RecordPage.toolbar(List.of(title), buttons), content);
        box.setSpacing(6);
        box.setStyle("-fx-padding: 6 0 0 0;");
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    // --- members ------------------------------------------------------------------------------------------------

    private TableView<MemberRow> memberTable() {
        memberTable.setId("teamMemberTable");
        memberTable.setItems(model.contents().members());
        TableColumn<MemberRow, Integer> order = new TableColumn<>(text("team.ui.column.order"));
        order.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().view().order()));
        order.setPrefWidth(48);
        order.setMinWidth(44);
        order.setMaxWidth(56);
        order.setStyle("-fx-alignment: CENTER-RIGHT;");
        order.setSortable(false);
        TableColumn<MemberRow, String> role = RecordPage.textColumn(text("team.ui.column.role"),
                r -> model.roleLabel(r.view().role()));
        role.setPrefWidth(150);
        role.setMinWidth(110);
        TableColumn<MemberRow, String> standing = RecordPage.textColumn(text("team.ui.column.standing"),
                r -> r.view().standing());
        standing.setPrefWidth(330);
        standing.setMinWidth(180);
        TableColumn<MemberRow, String> person = RecordPage.textColumn(text("team.ui.column.person"),
                r -> model.personColumn(r.view()));
        person.setPrefWidth(260);
        person.setMinWidth(150);
        List.of(role, standing, person).forEach(c -> c.setSortable(false)); // the order is the decree's
        memberTable.getColumns().setAll(List.of(order, role, standing, person));
        memberTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        memberTable.setPlaceholder(new Label(text("team.ui.members.empty")));
        memberTable.setMinHeight(120);
        memberTable.getItems().addListener((javafx.collections.ListChangeListener<MemberRow>) c -> {
            if (memberToSelect >= 0 && memberToSelect < memberTable.getItems().size()) {
                memberTable.getSelectionModel().select(memberToSelect);
                memberToSelect = -1;
            }
        });
        memberTable.setRowFactory(t -> {
            javafx.scene.control.TableRow<MemberRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && canEdit) {
                    editMember(row.getIndex());
                }
            });
            return row;
        });
        return memberTable;
    }

    private List<Button> memberButtons() {
        var selection = memberTable.getSelectionModel();
        Button add = ListButtons.add(context, "teamMemberAdd", "team.ui.members.add", canEdit, model.selected());
        add.setOnAction(e -> new TeamMemberEditor(model, model.contents().newMemberForm(), context).show(window()));
        Button edit = ListButtons.onSelection(context, "teamMemberEdit", "team.ui.members.edit", add, selection);
        edit.setOnAction(e -> editMember(selection.getSelectedIndex()));
        Button remove = ListButtons.remove(context, "teamMemberRemove", "team.ui.members.remove", add, selection);
        remove.setOnAction(e -> model.contents().removeMember(selection.getSelectedIndex(), this::showError));
        Button up = ListButtons.up(context, "teamMemberUp", add, selection);
        up.setOnAction(e -> moveMember(-1));
        Button down = ListButtons.down(context, "teamMemberDown", add, selection);
        down.setOnAction(e -> moveMember(1));
        return List.of(add, edit, remove, up, down);
    }

    private void editMember(int index) {
        if (index >= 0) {
            new TeamMemberEditor(model, model.contents().editMemberForm(index), context).show(window());
        }
    }

    private void moveMember(int delta) {
        int index = memberTable.getSelectionModel().getSelectedIndex();
        memberToSelect = index + delta;
        if (!model.contents().moveMember(index, delta, this::showError)) {
            memberToSelect = -1;
        }
    }

    // --- tasks --------------------------------------------------------------------------------------------------

    private ListView<TeamTask> taskList() {
        taskList.setId("teamTaskList");
        taskList.setItems(model.contents().tasks());
        taskList.setPlaceholder(new Label(text("team.ui.tasks.empty")));
        taskList.setCellFactory(l -> new ListCell<>() {
            private final Label label = new Label();

            {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                // Wrap to the list's width (less its scroll bar) instead of widening the list.
                label.prefWidthProperty().bind(taskList.widthProperty().subtract(36));
            }

            @Override
            protected void updateItem(TeamTask task, boolean empty) {
                super.updateItem(task, empty);
                label.setText(empty || task == null ? null : TaskLabels.letter(getIndex()) + ". " + task.text());
                setGraphic(empty || task == null ? null : label);
                setText(null);
            }
        });
        taskList.setMinHeight(80);
        taskList.getItems().addListener((javafx.collections.ListChangeListener<TeamTask>) c -> {
            if (taskToSelect >= 0 && taskToSelect < taskList.getItems().size()) {
                taskList.getSelectionModel().select(taskToSelect);
                taskToSelect = -1;
            }
        });
        taskList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && canEdit) {
                editTask(taskList.getSelectionModel().getSelectedIndex());
            }
        });
        return taskList;
    }

    private List<Button> taskButtons() {
        var selection = taskList.getSelectionModel();
        Button add = ListButtons.add(context, "teamTaskAdd", "team.ui.tasks.add", canEdit, model.selected());
        add.setOnAction(e -> new TeamTaskEditor(model, model.contents().newTaskForm(), context).show(window()));
        Button edit = ListButtons.onSelection(context, "teamTaskEdit", "team.ui.tasks.edit", add, selection);
        edit.setOnAction(e -> editTask(selection.getSelectedIndex()));
        Button remove = ListButtons.remove(context, "teamTaskRemove", "team.ui.tasks.remove", add, selection);
        remove.setOnAction(e -> model.contents().removeTask(selection.getSelectedIndex(), this::showError));
        Button up = ListButtons.up(context, "teamTaskUp", add, selection);
        up.setOnAction(e -> moveTask(-1));
        Button down = ListButtons.down(context, "teamTaskDown", add, selection);
        down.setOnAction(e -> moveTask(1));
        return List.of(add, edit, remove, up, down);
    }

    private void editTask(int index) {
        if (index >= 0) {
            new TeamTaskEditor(model, model.contents().editTaskForm(index), context).show(window());
        }
    }

    private void moveTask(int delta) {
        int index = taskList.getSelectionModel().getSelectedIndex();
        taskToSelect = index + delta;
        if (!model.contents().moveTask(index, delta, this::showError)) {
            taskToSelect = -1;
        }
    }

    private void showError(String message) {
        context.dialogs().showError(text("team.ui.error.title"), message);
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
