/**
 * Offline work across laptops, the plain part: the state of one answer as a package carries it, the three-way merge
 * of base (the package's starting point), mine (the coordinator's current answers) and theirs (the assessor's), and the
 * preview of that merge with Indonesian labels for a side-by-side screen. No I/O, no database, no JavaFX.
 */
package id.tata.evaluation.exchange.domain;
