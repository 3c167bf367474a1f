package org.danvan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.danvan.orgunit.OrgUnit;
import org.danvan.orgunit.OrgUnitKind;

/**
 * The units an account reaches (phạm vi), as the prefix of their paths: an admin every unit; a
 * reporter its unit and the units under it; a coordinator or a leader the subtree of the reach unit
 * an admin named, otherwise of the province of its own unit (the nearest PROVINCE-kind unit at or
 * above it; the own unit when there is none), and every unit when it has neither unit nor reach
 * unit: the national coordinators and leaders of an installation for the whole country, whose
 * provinces are roots of their own. Anything that cannot be resolved reaches nothing.
 */
@ApplicationScoped
public class Reach {

    /** A path prefix no unit has: the reach of an account whose unit is gone. */
    static final String NOWHERE = "/no-unit/";

    private final EntityManager em;

    public Reach(EntityManager em) {
        this.em = em;
    }

    /** The path prefix of the reached units; empty when every unit is reached. */
    public Optional<String> pathOf(Role role, UUID unitId, UUID reachUnitId) {
        return topOf(role, unitId, reachUnitId).map(top -> top.map(u -> u.path).orElse(NOWHERE));
    }

    /**
     * The top unit of the reached subtree: empty for every unit, an empty inner optional when the
     * account reaches nothing (its unit or reach unit is gone, or a reporter without a unit).
     */
    public Optional<Optional<OrgUnit>> topOf(Role role, UUID unitId, UUID reachUnitId) {
        return switch (role) {
            case ADMIN -> Optional.empty();
            case REPORTER -> Optional.of(unit(unitId));
            case COORDINATOR, LEADER -> reachUnitId != null ? Optional.of(unit(reachUnitId))
                    : unitId != null ? Optional.of(unit(unitId).map(this::provinceOf)) : Optional.empty();
            case API_CLIENT -> Optional.of(Optional.empty());
        };
    }

    private Optional<OrgUnit> unit(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    /** The nearest PROVINCE-kind unit at or above the unit; the unit itself when there is none. */
    private OrgUnit provinceOf(OrgUnit unit) {
        // the path names the unit and its ancestors, from the root down
        List<UUID> lineage = Arrays.stream(unit.path.split("/")).filter(s -> !s.isEmpty()).map(UUID::fromString)
                .toList();
        return em.createQuery("select a from OrgUnit a where a.id in :lineage and a.kind = :province", OrgUnit.class)
                .setParameter("lineage", lineage).setParameter("province", OrgUnitKind.PROVINCE).getResultStream()
                .max(Comparator.comparingInt(a -> a.path.length())).orElse(unit);
    }
}
