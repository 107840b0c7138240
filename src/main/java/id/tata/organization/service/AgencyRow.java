package id.tata.organization.service;

import id.tata.organization.domain.AgencyKind;

/**
 * One agency as an import file gives it: the parent by code (it may be defined further down the same file) and, when
 * the code exists and the caller chose to update existing agencies, the id of the agency it will update.
 */
public record AgencyRow(String code, String name, String shortName, AgencyKind kind, String parentCode,
                        String address, Long existingId) {

    AgencyRow withExistingId(Long id) {
        return new AgencyRow(code, name, shortName, kind, parentCode, address, id);
    }

    boolean hasParent() {
        return !parentCode.isEmpty();
    }
}
