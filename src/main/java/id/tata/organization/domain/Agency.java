package id.tata.organization.domain;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.util.Objects;

/**
 * A Perangkat Daerah (or a unit of one, such as a Bagian under the Sekretariat Daerah). A null id is a draft that
 * has not been stored yet.
 */
public record Agency(Long id, String code, String name, String shortName, AgencyKind kind, Long parentId,
                     String address) {
    public Agency {
        code = Text.required(code, "agency.error.codeRequired");
        name = Text.required(name, "agency.error.nameRequired");
        shortName = Text.optional(shortName);
        address = Text.optional(address);
        if (kind == null) {
            throw new TataException(ErrorKind.BAD_INPUT, "agency.error.kindRequired");
        }
        if (id != null && Objects.equals(id, parentId)) {
            throw new TataException(ErrorKind.BAD_INPUT, "agency.error.cycle", code);
        }
    }

    public Agency withId(Long newId) {
        return new Agency(newId, code, name, shortName, kind, parentId, address);
    }

    public Agency withParentId(Long newParentId) {
        return new Agency(id, code, name, shortName, kind, newParentId, address);
    }
}
