package id.tata.organization.ui;

import id.tata.shell.ModuleContext;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The buttons above an ordered list inside a page (a team's members, its tasks): add is possible once there is
 * something to add to; edit, remove and move act on the selected item.
 */
final class ListButtons {
    private ListButtons() {
    }

    static Button add(ModuleContext context, String id, String key, boolean canEdit, ObjectProperty<?> owner) {
        Button add = button(context, id, key, new FontIcon(Material2AL.ADD));
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> !canEdit || owner.get() == null, owner));
        return add;
    }

    static Button onSelection(ModuleContext context, String id, String key, Button add,
                              MultipleSelectionModel<?> selection) {
        Button button = button(context, id, key, new FontIcon(Material2AL.EDIT));
        button.disableProperty().bind(selection.selectedItemProperty().isNull().or(add.disableProperty()));
        return button;
    }

    static Button remove(ModuleContext context, String id, String key, Button add,
                         MultipleSelectionModel<?> selection) {
        Button button = onSelection(context, id, key, add, selection);
        button.setGraphic(new FontIcon(Material2AL.DELETE));
        return button;
    }

    static Button up(ModuleContext context, String id, Button add, MultipleSelectionModel<?> selection) {
        return arrow(context, id, "team.ui.moveUp", new FontIcon(Material2AL.ARROW_UPWARD), add, selection);
    }

    static Button down(ModuleContext context, String id, Button add, MultipleSelectionModel<?> selection) {
        return arrow(context, id, "team.ui.moveDown", new FontIcon(Material2AL.ARROW_DOWNWARD), add, selection);
    }

    /** Icon only, to keep the row short; the tooltip says which way. */
    private static Button arrow(ModuleContext context, String id, String key, FontIcon icon, Button add,
                                MultipleSelectionModel<?> selection) {
        Button button = new Button(null, icon);
        button.setId(id);
        button.setTooltip(new Tooltip(context.i18n().text(key)));
        button.setAccessibleText(context.i18n().text(key));
        button.disableProperty().bind(selection.selectedItemProperty().isNull().or(add.disableProperty()));
        return button;
    }

    private static Button button(ModuleContext context, String id, String key, FontIcon icon) {
        Button button = new Button(context.i18n().text(key), icon);
        button.setId(id);
        return button;
    }
}
