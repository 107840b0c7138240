package id.tata.common.ui;

import javafx.scene.control.ButtonBase;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** Shared behaviour of the button rows above tables. */
public final class Toolbars {
    private Toolbars() {}

    /**
     * Buttons keep their whole label ("Tambah", not "T…") on a narrow window or in a longer language; search fields and
     * filters in the same row give way instead.
     */
    public static <T extends Pane> T keepButtonLabels(T toolbar) {
        toolbar.getChildren().stream().filter(ButtonBase.class::isInstance)
                .forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        return toolbar;
    }
}
