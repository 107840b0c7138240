// STAND-IN: replaced by the org branch
package id.tata.organization.domain;

/** A Perangkat Daerah. */
public record Agency(Long id, String code, String name, String shortName, AgencyKind kind, Long parentId,
                     String address) {
    public Agency withId(Long newId) {
        return new Agency(newId, code, name, shortName, kind, parentId, address);
    }
}
