package id.tata.risk.domain;

import id.tata.risk.persistence.ArchFixtureRiskRepository;

/** Architecture-rule fixture (see ArchitectureRulesSelfTest): a domain record reaching up into persistence. */
public record ArchFixtureRisk(String name, ArchFixtureRiskRepository repository) {
}
