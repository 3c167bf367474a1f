package org.danvan.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnitGroupTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    private static OrgUnit unit(OrgUnitKind kind, OrgUnit parent) {
        OrgUnit unit = new OrgUnit();
        unit.id = UUID.randomUUID();
        unit.kind = kind;
        unit.parent = parent;
        unit.path = (parent == null ? "/" : parent.path) + unit.id + "/";
        return unit;
    }

    private static UnitGroup byKind(OrgUnit scope, OrgUnitKind... kinds) {
        UnitGroup group = new UnitGroup();
        group.id = UUID.randomUUID();
        group.scope = scope;
        group.kinds = EnumSet.noneOf(OrgUnitKind.class);
        group.kinds.addAll(java.util.List.of(kinds));
        return group;
    }

    @Test
    void shouldIncludeAUnitOfTheKindUnderTheScopeAtAnyDepth() {
        OrgUnit province = unit(OrgUnitKind.PROVINCE, null);
        OrgUnit department = unit(OrgUnitKind.DEPARTMENT, province);
        OrgUnit centre = unit(OrgUnitKind.PUBLIC_SERVICE_UNIT, department);
        UnitGroup group = byKind(province, OrgUnitKind.DEPARTMENT, OrgUnitKind.PUBLIC_SERVICE_UNIT);

        assertThat(group.includes(department, DAY)).isTrue();
        assertThat(group.includes(centre, DAY)).isTrue();
    }

    @Test
    void shouldIncludeTheScopeItselfWhenItIsOfTheKind() {
        OrgUnit province = unit(OrgUnitKind.PROVINCE, null);
        assertThat(byKind(province, OrgUnitKind.PROVINCE).includes(province, DAY)).isTrue();
        assertThat(byKind(province, OrgUnitKind.DEPARTMENT).includes(province, DAY)).isFalse();
    }

    @Test
    void shouldExcludeAUnitOfAnotherKindUnderTheScope() {
        OrgUnit province = unit(OrgUnitKind.PROVINCE, null);
        OrgUnit commune = unit(OrgUnitKind.COMMUNE, province);
        assertThat(byKind(province, OrgUnitKind.DEPARTMENT).includes(commune, DAY)).isFalse();
    }

    @Test
    void shouldExcludeAUnitOfTheKindOutsideTheScope() {
        OrgUnit province = unit(OrgUnitKind.PROVINCE, null);
        OrgUnit otherProvince = unit(OrgUnitKind.PROVINCE, null);
        OrgUnit otherDepartment = unit(OrgUnitKind.DEPARTMENT, otherProvince);
        assertThat(byKind(province, OrgUnitKind.DEPARTMENT).includes(otherDepartment, DAY)).isFalse();
    }

    @Test
    void shouldNotTakeAScopeWhosePathIsOnlyATextPrefixOfAnother() {
        OrgUnit province = unit(OrgUnitKind.PROVINCE, null);
        province.path = "/a/";
        OrgUnit lookalike = unit(OrgUnitKind.DEPARTMENT, null);
        lookalike.path = "/ab/c/";
        assertThat(byKind(province, OrgUnitKind.DEPARTMENT).includes(lookalike, DAY)).isFalse();
    }

    @Test
    void shouldIncludeAnExplicitMemberOutsideTheScope() {
        OrgUnit province = unit(OrgUnitKind.PROVINCE, null);
        OrgUnit otherProvince = unit(OrgUnitKind.PROVINCE, null);
        OrgUnit partyBody = unit(OrgUnitKind.PARTY_BODY, otherProvince);
        UnitGroup group = byKind(province, OrgUnitKind.DEPARTMENT);
        group.members.add(partyBody);

        assertThat(group.includes(partyBody, DAY)).isTrue();
    }

    @Test
    void shouldIncludeOnlyExplicitMembersWithoutAScope() {
        OrgUnit province = unit(OrgUnitKind.PROVINCE, null);
        OrgUnit member = unit(OrgUnitKind.DEPARTMENT, province);
        OrgUnit stranger = unit(OrgUnitKind.DEPARTMENT, province);
        UnitGroup group = byKind(null, OrgUnitKind.DEPARTMENT);
        group.members.add(member);

        assertThat(group.includes(member, DAY)).isTrue();
        assertThat(group.includes(stranger, DAY)).isFalse();
    }

    @Test
    void shouldIncludeAUnitOnTheFirstAndLastDaysOfItsValidity() {
        OrgUnit province = unit(OrgUnitKind.PROVINCE, null);
        OrgUnit commune = unit(OrgUnitKind.COMMUNE, province);
        commune.validFrom = LocalDate.of(2025, 7, 1);
        commune.validTo = LocalDate.of(2025, 12, 31);
        UnitGroup group = byKind(province, OrgUnitKind.COMMUNE);

        assertThat(group.includes(commune, LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(group.includes(commune, LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(group.includes(commune, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(group.includes(commune, LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void shouldDropAnExplicitMemberThatIsNoLongerValid() {
        OrgUnit district = unit(OrgUnitKind.DISTRICT, null);
        district.validTo = LocalDate.of(2025, 6, 30);
        UnitGroup group = byKind(null);
        group.members.add(district);

        assertThat(group.includes(district, LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(group.includes(district, LocalDate.of(2025, 7, 1))).isFalse();
    }
}
