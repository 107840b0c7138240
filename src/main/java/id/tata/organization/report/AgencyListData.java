package id.tata.organization.report;

import id.tata.common.l10n.I18n;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the "Daftar Perangkat Daerah" is made of: the government it lists ("Pemerintah Kota Contoh"), the date the
 * list describes, the agencies, the Indonesian label of each kind (the domain does not know its own labels) and,
 * where known, the name of each agency's head by agency id. Kinds missing from {@code kindLabels} take the label of
 * the Indonesian message bundle: an official list is Indonesian whatever language the screen is in.
 */
public record AgencyListData(String government, LocalDate date, List<Agency> agencies,
                             Map<AgencyKind, String> kindLabels, Map<Long, String> heads) {
    public AgencyListData {
        Objects.requireNonNull(government, "government");
        if (government.isBlank()) {
            throw new IllegalArgumentException("the list names its government");
        }
        government = government.strip();
        Objects.requireNonNull(date, "date");
        agencies = List.copyOf(agencies);
        kindLabels = completed(kindLabels == null ? Map.of() : kindLabels);
        heads = heads == null ? Map.of() : Map.copyOf(heads);
    }

    /** A list without heads, with the Indonesian kind labels. */
    public static AgencyListData of(String government, LocalDate date, List<Agency> agencies) {
        return new AgencyListData(government, date, agencies, Map.of(), Map.of());
    }

    /** The same list with a "Kepala" column: the head's name by agency id. */
    public AgencyListData withHeads(Map<Long, String> headsById) {
        return new AgencyListData(government, date, agencies, kindLabels, headsById);
    }

    public String kindLabel(AgencyKind kind) {
        return kindLabels.get(kind);
    }

    /** The head of the agency, or "" when none is known. */
    public String headOf(Agency agency) {
        String head = agency.id() == null ? null : heads.get(agency.id());
        return head == null ? "" : head.strip();
    }

    private static Map<AgencyKind, String> completed(Map<AgencyKind, String> given) {
        Map<AgencyKind, String> labels = new EnumMap<>(AgencyKind.class);
        for (AgencyKind kind : AgencyKind.values()) {
            String label = given.get(kind);
            labels.put(kind, label == null || label.isBlank() ? I18n.indonesian().text(kind.labelKey()) : label);
        }
        return Map.copyOf(labels);
    }
}
