/**
 * The SPBE self-assessment (Penilaian Mandiri): instruments as versioned data (domains → aspects → indicators with
 * weights, maturity scales, level criteria, predicates), and the exact scoring. Plain Java: weights and indexes are
 * {@link java.math.BigDecimal} so the index is computed as the ministry computes it, rounded only when shown.
 */
package id.tata.evaluation.domain;
