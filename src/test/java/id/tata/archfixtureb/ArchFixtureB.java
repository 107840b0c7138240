package id.tata.archfixtureb;

import id.tata.archfixturea.ArchFixtureA;

/** Architecture-rule fixture: the other half of the cycle. */
public class ArchFixtureB {
    ArchFixtureA a;
}
