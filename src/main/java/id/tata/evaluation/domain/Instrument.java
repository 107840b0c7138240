package id.tata.evaluation.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An evaluation instrument, as data: "SPBE-2020" (PermenPANRB 59/2020, 47 indicators) or "PEMDI-2026" (PermenPANRB
 * 8/2026, 20 indicators, provisional). Weights are percent of the whole index. The constructor only copies; whether
 * the numbers add up is {@link InstrumentCheck}'s job, which names every problem instead of failing at the first.
 * PEMDI has no domains: its aspects carry a null domain and add up to 100 themselves.
 */
public record Instrument(String code, String name, boolean provisional, Map<String, List<LevelName>> scales,
                         List<Predicate> predicates, List<Domain> domains, List<Aspect> aspects,
                         List<Indicator> indicators) {
    public Instrument {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        scales = Map.copyOf(scales);
        predicates = List.copyOf(predicates);
        domains = List.copyOf(domains);
        aspects = List.copyOf(aspects);
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(int no) {
        return indicators.stream().filter(i -> i.no() == no).findFirst();
    }

    public Optional<Aspect> aspect(int no) {
        return aspects.stream().filter(a -> a.no() == no).findFirst();
    }

    public Optional<Domain> domain(int no) {
        return domains.stream().filter(d -> d.no() == no).findFirst();
    }

    public List<Indicator> indicatorsOf(Aspect aspect) {
        return indicators.stream().filter(i -> i.aspect() == aspect.no()).toList();
    }

    public List<Aspect> aspectsOf(Domain domain) {
        return aspects.stream().filter(a -> a.domain() != null && a.domain() == domain.no()).toList();
    }

    /** The name of a level on the indicator's scale ("Terdefinisi"), empty when the scale does not say. */
    public String levelName(Indicator indicator, int level) {
        return scales.getOrDefault(indicator.scale(), List.of()).stream().filter(l -> l.level() == level)
                .map(LevelName::name).findFirst().orElse("");
    }
}
