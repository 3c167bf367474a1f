package org.danvan.orgunit;

/** The kinds of bodies a plan speaks to; DISTRICT ended on 30/6/2025 and is kept for older plans. */
public enum OrgUnitKind {
    PROVINCE,
    DEPARTMENT,
    PUBLIC_SERVICE_UNIT,
    CENTRAL_AGENCY,
    DISTRICT,
    COMMUNE,
    PARTY_BODY,
    MASS_ORGANISATION
}
