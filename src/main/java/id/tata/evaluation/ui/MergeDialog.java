package id.tata.evaluation.ui;

import id.tata.common.l10n.I18n;
import id.tata.evaluation.exchange.domain.Choice;
import id.tata.evaluation.exchange.domain.FieldChange;
import id.tata.evaluation.exchange.domain.MergeDecisions;
import id.tata.evaluation.exchange.domain.MergePreview;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers an assessor sends back, side by side with ours: per indicator and field the value when the package was
 * made, ours now and the assessor's. Fields only the assessor changed are taken; a field changed on both sides needs
 * a choice, and OK stays disabled until every such field has one — nothing is overwritten without a decision.
 */
final class MergeDialog {
    private final MergePreview preview;
    private final I18n i18n;
    private final Map<String, Choice> choices = new HashMap<>();
    private final Label remaining = new Label();

    MergeDialog(MergePreview preview, I18n i18n) {
        this.preview = preview;
        this.i18n = i18n;
    }

    /** The decisions, or empty when the user cancels. */
    Optional<MergeDecisions> show(javafx.stage.Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("evaluation.pkg.merge.title"));
        dialog.setHeaderText(i18n.text("evaluation.pkg.merge.header", preview.assessor(), preview.assessmentName(),
                preview.changes().size(), preview.conflicts().size()));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        VBox content = new VBox(8, table(), remaining);
        content.setPrefSize(980, 460);
        dialog.getDialogPane().setContent(content);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("mergeApply");
        Runnable update = () -> {
            int open = preview.undecided(decisions()).size();
            remaining.setText(open == 0 ? i18n.text("evaluation.pkg.merge.ready")
                    : i18n.text("evaluation.pkg.merge.open", open));
            ok.setDisable(open > 0);
        };
        this.onChoice = update;
        update.run();
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> decisions());
    }

    private Runnable onChoice = () -> { };

    MergeDecisions decisions() {
        return new MergeDecisions(null, Map.copyOf(choices));
    }

    /** Sets a choice as the combo box does; for tests. */
    void choose(FieldChange change, Choice choice) {
        choices.put(change.key(), choice);
        onChoice.run();
    }

    private TableView<FieldChange> table() {
        ObservableList<FieldChange> rows = FXCollections.observableArrayList(preview.changes());
        TableView<FieldChange> table = new TableView<>(rows);
        table.setId("mergeTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("evaluation.pkg.merge.indicator", c -> String.valueOf(c.indicator()), 70));
        table.getColumns().add(column("evaluation.pkg.merge.field", c -> i18n.text(c.field().labelKey()), 130));
        table.getColumns().add(column("evaluation.pkg.merge.base", FieldChange::baseText, 200));
        table.getColumns().add(column("evaluation.pkg.merge.mine", FieldChange::mineText, 200));
        table.getColumns().add(column("evaluation.pkg.merge.theirs", FieldChange::theirsText, 200));
        TableColumn<FieldChange, FieldChange> decision = new TableColumn<>(i18n.text("evaluation.pkg.merge.decision"));
        decision.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        decision.setCellFactory(col -> new DecisionCell());
        decision.setPrefWidth(170);
        table.getColumns().add(decision);
        return table;
    }

    private TableColumn<FieldChange, String> column(String key, java.util.function.Function<FieldChange, String> text,
                                                    double width) {
        TableColumn<FieldChange, String> col = new TableColumn<>(i18n.text(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(text.apply(c.getValue())));
        col.setPrefWidth(width);
        // long explanations wrap onto more lines instead of being cut: they are what the user compares
        col.setCellFactory(c -> new TableCell<>() {
            private final Label label = new Label();

            {
                label.setWrapText(true);
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
                label.maxWidthProperty().bind(col.widthProperty().subtract(12));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                label.setText(empty || item == null ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
                setGraphic(empty ? null : label);
                FieldChange change = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                label.setStyle(change != null && change.conflict() ? "-fx-font-weight: bold;" : "");
            }
        });
        return col;
    }

    /** "Diambil dari paket" for a silent change; a choice Milik saya / Paket for a conflict. */
    private final class DecisionCell extends TableCell<FieldChange, FieldChange> {
        private final ComboBox<Choice> box = new ComboBox<>(FXCollections.observableArrayList(Choice.values()));

        DecisionCell() {
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Choice c) {
                    return c == null ? "" : i18n.text("evaluation.pkg.choice." + c.name());
                }

                @Override
                public Choice fromString(String s) {
                    return null;
                }
            });
            box.setPromptText(i18n.text("evaluation.pkg.merge.choose"));
            box.valueProperty().addListener((obs, old, now) -> {
                FieldChange change = getItem();
                if (change != null && now != null) {
                    choose(change, now);
                }
            });
        }

        @Override
        protected void updateItem(FieldChange change, boolean empty) {
            super.updateItem(change, empty);
            if (empty || change == null) {
                setGraphic(null);
                setText(null);
            } else if (change.conflict()) {
                box.setValue(choices.get(change.key()));
                setGraphic(box);
                setText(null);
            } else {
                setGraphic(null);
                setText(i18n.text("evaluation.pkg.merge.taken"));
            }
        }
    }
}
