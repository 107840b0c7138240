package id.tata.evaluation.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * How the numbers of instrument A correspond to those of instrument B, for comparing across instruments (SPBE-2020
 * 2025 against PEMDI-2026 2026): indicator no of A → indicator no of B, and, only where someone states it, aspect
 * and domain numbers. Without an aspect or domain mapping those levels are not compared — the structures differ, so
 * a same-number guess would compare unrelated things.
 */
public record IndicatorMapping(Map<Integer, Integer> indicators, Map<Integer, Integer> aspects,
                               Map<Integer, Integer> domains) {
    public IndicatorMapping {
        // sorted copies: comparisons list rows in A's order
        indicators = new TreeMap<>(indicators);
        aspects = new TreeMap<>(aspects);
        domains = new TreeMap<>(domains);
    }

    /** Indicators only: the comparison is per indicator. */
    public static IndicatorMapping ofIndicators(Map<Integer, Integer> indicators) {
        return new IndicatorMapping(indicators, Map.of(), Map.of());
    }

    public IndicatorMapping withAspects(Map<Integer, Integer> aspectMapping) {
        return new IndicatorMapping(indicators, aspectMapping, domains);
    }

    public IndicatorMapping withDomains(Map<Integer, Integer> domainMapping) {
        return new IndicatorMapping(indicators, aspects, domainMapping);
    }
}
