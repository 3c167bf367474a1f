package org.danvan.orgunit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The shapes of {@code openapi.yaml} for units and groups. */
public final class OrgUnitDtos {

    private OrgUnitDtos() {
    }

    public record HeadcountDto(@NotNull @Min(1945) @Max(2200) Integer year,
            @NotNull @Min(0) @Max(10_000_000) Integer officials) {
    }

    public record OrgUnitWrite(
            @Size(max = 64) String code,
            @NotBlank @Size(max = 300) String name,
            @NotNull OrgUnitKind kind,
            @Size(max = 64) String parentId,
            LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 64) String successorId,
            @Size(max = 200) List<@Valid @NotNull HeadcountDto> headcounts) {
    }

    public record OrgUnitView(String id, String code, String name, OrgUnitKind kind, String parentId,
            LocalDate validFrom, LocalDate validTo, String successorId, List<HeadcountDto> headcounts, long version) {

        static OrgUnitView of(OrgUnit unit) {
            return new OrgUnitView(unit.id.toString(), unit.code, unit.name, unit.kind,
                    unit.parent == null ? null : unit.parent.id.toString(), unit.validFrom, unit.validTo,
                    unit.successor == null ? null : unit.successor.id.toString(),
                    unit.headcounts.stream().map(h -> new HeadcountDto(h.year, h.officials)).toList(), unit.version);
        }
    }

    public record UnitGroupWrite(
            @Size(max = 64) String code,
            @NotBlank @Size(max = 300) String name,
            @Size(max = 8) Set<@NotNull OrgUnitKind> kinds,
            @Size(max = 64) String scopeUnitId,
            @Size(max = 10_000) Set<@NotBlank @Size(max = 64) String> memberIds) {
    }

    public record UnitGroupView(String id, String code, String name, List<OrgUnitKind> kinds, String scopeUnitId,
            List<String> memberIds, long version) {

        static UnitGroupView of(UnitGroup group) {
            return new UnitGroupView(group.id.toString(), group.code, group.name,
                    group.kinds.stream().sorted().toList(),
                    group.scope == null ? null : group.scope.id.toString(),
                    group.members.stream().map(m -> m.id.toString()).sorted().toList(), group.version);
        }
    }
}
