package org.danvan.report;

import jakarta.persistence.Query;
import java.time.LocalDate;
import org.danvan.common.SearchText;
import org.danvan.orgunit.UnitGroup;

/**
 * The members of a unit group on a day as a SQL fragment, the same rule as
 * {@link UnitGroup#includes}: valid that day, and named explicitly or of one of the group's kinds
 * under its scope unit.
 */
final class Population {

    /** Ids of the units of group {@code :groupId} on {@code :day}; {@code :scopePath} as {@link #bind} sets it. */
    static final String MEMBER_IDS = "select u.id from org_unit u"
            + " where (u.valid_from is null or u.valid_from <= :day) and (u.valid_to is null or u.valid_to >= :day)"
            + " and (u.id in (select m.unit_id from unit_group_member m where m.group_id = :groupId)"
            + " or (u.kind in (select k.kind from unit_group_kind k where k.group_id = :groupId)"
            + " and u.path like :scopePath escape '!'))";

    // paths start with "/": this pattern matches none
    private static final String NO_SCOPE = "#";

    private Population() {
    }

    static Query bind(Query query, UnitGroup group, LocalDate day) {
        return query.setParameter("groupId", group.id).setParameter("day", day)
                .setParameter("scopePath", group.scope == null ? NO_SCOPE : SearchText.startsWithPattern(group.scope.path));
    }
}
