package id.tata.archfixturea;

import id.tata.archfixtureb.ArchFixtureB;

/** Architecture-rule fixture: one half of a cycle between two top-level slices (see ArchitectureRulesSelfTest). */
public class ArchFixtureA {
    ArchFixtureB b;
}
