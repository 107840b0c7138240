package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Perangkat Daerah a list page offers for filtering and picking, and the one it is filtered by. Pegawai and
 * Jabatan keep the same state; this keeps it in one place.
 */
final class AgencyChoices {
    private final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    private final Map<Long, Agency> byId = new HashMap<>();
    private final ObjectProperty<Agency> filter = new SimpleObjectProperty<>();

    ObservableList<Agency> agencies() {
        return agencies;
    }

    /** Null shows every record. */
    ObjectProperty<Agency> filter() {
        return filter;
    }

    /** Takes a fresh load; the filter's agency may have been renamed or deleted meanwhile: keep it fresh, or clear. */
    void refresh(List<Agency> loaded) {
        byId.clear();
        loaded.forEach(a -> byId.put(a.id(), a));
        Agency filtered = filter.get();
        agencies.setAll(loaded);
        filter.set(filtered == null ? null : byId.get(filtered.id()));
    }

    /** The agency of that id as last loaded; null for a null id or an unknown one. */
    Agency byId(Long id) {
        return id == null ? null : byId.get(id);
    }

    /** The short name people use ("Diskominfo"), the full name when there is none. */
    static String label(Agency agency) {
        if (agency == null) {
            return "";
        }
        return agency.shortName().isBlank() ? agency.name() : agency.shortName();
    }
}
