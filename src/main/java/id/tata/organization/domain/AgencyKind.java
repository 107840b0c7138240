// STAND-IN: replaced by the org branch
package id.tata.organization.domain;

/** The kind of a Perangkat Daerah; labels are bundle keys {@code agency.kind.<NAME>}. */
public enum AgencyKind {
    SECRETARIAT, COUNCIL_SECRETARIAT, INSPECTORATE, SERVICE_OFFICE, BOARD, DIVISION, UNIT, DISTRICT, SUBDISTRICT,
    TECHNICAL_UNIT, HOSPITAL, OTHER
}
