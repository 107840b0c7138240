package id.tata.risk.persistence;

import org.jooq.DSLContext;

/** Architecture-rule fixture: a repository, allowed to use jOOQ. */
public class ArchFixtureRiskRepository {
    public int count(DSLContext dsl) {
        return dsl.fetchCount(dsl.selectOne());
    }
}
