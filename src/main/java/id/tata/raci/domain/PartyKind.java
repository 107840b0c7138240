package id.tata.raci.domain;

/** What a column of a matrix stands for: a position (jabatan), an agency, a team, or a named group. */
public enum PartyKind {
    POSITION, AGENCY, TEAM, GROUP
}
