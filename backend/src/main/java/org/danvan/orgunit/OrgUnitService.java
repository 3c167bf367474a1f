package org.danvan.orgunit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.danvan.common.ChangeEvents.UnitChanged;
import org.danvan.common.ChangeEvents.UnitRenamed;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.orgunit.OrgUnitDtos.HeadcountDto;
import org.danvan.orgunit.OrgUnitDtos.OrgUnitView;
import org.danvan.orgunit.OrgUnitDtos.OrgUnitWrite;

@ApplicationScoped
public class OrgUnitService {

    private final OrgUnitRepository units;
    private final Event<UnitChanged> changed;
    private final Event<UnitRenamed> renamed;

    public OrgUnitService(OrgUnitRepository units, Event<UnitChanged> changed, Event<UnitRenamed> renamed) {
        this.units = units;
        this.changed = changed;
        this.renamed = renamed;
    }

    public PageView<OrgUnitView> listOrgUnits(OrgUnitRepository.Filter filter, Sort sort, PageRequest page) {
        return page.fetch(units.search(filter, sort)).map(OrgUnitView::of);
    }

    public Optional<OrgUnitView> findOrgUnit(String id) {
        return Ids.parse(id).flatMap(units::findByIdOptional).map(OrgUnitView::of);
    }

    @Transactional
    public OrgUnitView createOrgUnit(OrgUnitWrite write) {
        OrgUnit unit = new OrgUnit();
        apply(unit, write);
        unit.path = pathUnder(unit.parent, unit.id);
        units.persistAndFlush(unit);
        changed.fire(new UnitChanged(unit.id, null));
        return OrgUnitView.of(unit);
    }

    @Transactional
    public OrgUnitView updateOrgUnit(String id, long expectedVersion, OrgUnitWrite write) {
        OrgUnit unit = load(id);
        Versions.check(expectedVersion, unit.version);
        String oldPath = unit.path;
        String oldSearchText = unit.searchText;
        apply(unit, write);
        String newPath = pathUnder(unit.parent, unit.id);
        if (!newPath.equals(unit.path)) {
            units.flush();
            units.movePaths(unit.path, newPath);
            unit.path = newPath;
        }
        units.flush();
        changed.fire(new UnitChanged(unit.id, oldPath));
        if (!unit.searchText.equals(oldSearchText)) {
            renamed.fire(new UnitRenamed(unit.id));
        }
        return OrgUnitView.of(unit);
    }

    /** Deletes a unit nothing refers to; the database's foreign keys tell what does. */
    @Transactional
    public void deleteOrgUnit(String id, long expectedVersion) {
        OrgUnit unit = load(id);
        Versions.check(expectedVersion, unit.version);
        try {
            units.delete(unit);
            units.flush();
        } catch (PersistenceException e) {
            throw Problems.conflict("org-unit-in-use", unit.name);
        }
    }

    OrgUnit load(String id) {
        return Ids.parse(id).flatMap(units::findByIdOptional).orElseThrow(() -> Problems.notFound("org-unit", id));
    }

    /** Resolves a unit named by a request body; an unknown id is a 400 on that field. */
    public OrgUnit reference(String field, String id, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        Optional<OrgUnit> unit = Ids.parse(id).flatMap(units::findByIdOptional);
        if (unit.isEmpty()) {
            errors.add(new FieldError(field, "unknown-org-unit", id));
        }
        return unit.orElse(null);
    }

    private void apply(OrgUnit unit, OrgUnitWrite write) {
        List<FieldError> errors = new ArrayList<>();
        String code = write.code() == null || write.code().isBlank() ? null : write.code().trim();
        if (code != null && units.count("code = ?1 and id <> ?2", code, unit.id) > 0) {
            throw Problems.conflict("duplicate-code", code);
        }
        OrgUnit parent = reference("parentId", write.parentId(), errors);
        if (parent != null && (parent.id.equals(unit.id) || parent.path.contains("/" + unit.id + "/"))) {
            errors.add(new FieldError("parentId", "parent-cycle"));
        }
        OrgUnit successor = reference("successorId", write.successorId(), errors);
        if (successor != null && successor.id.equals(unit.id)) {
            errors.add(new FieldError("successorId", "successor-self"));
        }
        if (write.validFrom() != null && write.validTo() != null && write.validTo().isBefore(write.validFrom())) {
            errors.add(new FieldError("validTo", "date-before", write.validFrom()));
        }
        List<HeadcountDto> headcounts = write.headcounts() == null ? List.of() : write.headcounts();
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < headcounts.size(); i++) {
            if (!years.add(headcounts.get(i).year())) {
                errors.add(new FieldError("headcounts[" + i + "].year", "duplicate-year"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        unit.code = code;
        unit.name = write.name().trim();
        unit.kind = write.kind();
        unit.parent = parent;
        unit.successor = successor;
        unit.validFrom = write.validFrom();
        unit.validTo = write.validTo();
        unit.headcounts.clear();
        headcounts.stream().sorted(Comparator.comparing(HeadcountDto::year))
                .forEach(h -> unit.headcounts.add(new Headcount(h.year(), h.officials())));
    }

    private static String pathUnder(OrgUnit parent, UUID id) {
        return (parent == null ? "/" : parent.path) + id + "/";
    }
}
