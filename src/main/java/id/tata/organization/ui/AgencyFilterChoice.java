package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The "Perangkat Daerah" filter of the Pegawai and Jabatan tables. Optional.empty() is "all agencies", so the filter
 * can be taken back without a separate clear button. The model holds the filter; refilling the list after a reload
 * must not pass the combo's momentary empty value back to it.
 */
final class AgencyFilterChoice {
    private AgencyFilterChoice() {}

    static ComboBox<Optional<Agency>> create(String id, ObservableList<Agency> agencies, ObjectProperty<Agency> value,
                                             Function<Agency, String> label, String allLabel) {
        ComboBox<Optional<Agency>> filter = new ComboBox<>();
        filter.setId(id);
        filter.setConverter(Choices.converter(o -> o.map(label).orElse(allLabel)));
        filter.setPrefWidth(200);
        filter.setMinWidth(120);
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                List<Optional<Agency>> choices = new ArrayList<>();
                choices.add(Optional.empty());
                agencies.forEach(a -> choices.add(Optional.of(a)));
                if (!filter.getItems().equals(choices)) {
                    filter.getItems().setAll(choices);
                }
                filter.setValue(Optional.ofNullable(value.get()));
            } finally {
                syncing[0] = false;
            }
        };
        fromModel.run();
        agencies.addListener((ListChangeListener<Agency>) c -> fromModel.run());
        value.addListener((obs, old, now) -> fromModel.run());
        filter.valueProperty().addListener((obs, old, now) -> {
            if (!syncing[0]) {
                value.set(now == null ? null : now.orElse(null));
            }
        });
        return filter;
    }
}
