package id.tata.organization.service;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Position;
import id.tata.organization.domain.PositionLabel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the position a template's description names. A description matches a position when it is the position's
 * name ("Sekretaris Daerah") or the name read with its Perangkat Daerah ("Kepala Dinas Komunikasi dan
 * Informatika" for the "Kepala Dinas" of that Dinas, also by the agency's short name), ignoring case and spacing.
 * A description that fits several positions ("Kepala Dinas") matches none: guessing would put the wrong person in
 * a decree.
 */
final class TitleMatcher {
    private final Map<String, Set<Long>> positionsByLabel = new HashMap<>();

    TitleMatcher(List<Position> positions, List<Agency> agencies) {
        Map<Long, Agency> agencyById = new HashMap<>();
        agencies.forEach(a -> agencyById.put(a.id(), a));
        for (Position p : positions) {
            for (String label : labels(p, agencyById.get(p.agencyId()))) {
                positionsByLabel.computeIfAbsent(normalize(label), k -> new HashSet<>()).add(p.id());
            }
        }
    }

    Optional<Long> positionFor(String description) {
        Set<Long> ids = positionsByLabel.getOrDefault(normalize(description), Set.of());
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }

    private static List<String> labels(Position position, Agency agency) {
        List<String> labels = new ArrayList<>(List.of(position.name()));
        if (agency != null) {
            labels.add(PositionLabel.withAgency(position.name(), agency.name()));
            if (!agency.shortName().isBlank()) {
                labels.add(PositionLabel.withAgency(position.name(), agency.shortName()));
            }
        }
        return labels;
    }

    static String normalize(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
